"""The consent panel of the memorial edit view: the state for every editor, the record's
details and the actions only for staff with the consent permission."""

from django.urls import reverse
from wagtail.admin.panels import Panel

CONSENT_PERMISSION = "memorial.manage_consent"


class ConsentPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "memorial/admin/consent_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            person = page.person if page.person_id else None
            can_manage = self.request.user.has_perm(CONSENT_PERMISSION)
            consent = person.active_consent if person else None
            context.update(
                {
                    "person": person,
                    "consent": consent,
                    "can_manage": can_manage,
                    "withdrawn": (
                        person is not None
                        and consent is None
                        and person.consents.filter(withdrawn_at__isnull=False).exists()
                    ),
                }
            )
            if can_manage and person:
                context["add_url"] = reverse("memorial_consent:add") + f"?person={person.pk}"
                context["records"] = person.consents.all()
                if consent:
                    context["withdraw_url"] = reverse(
                        "memorial_withdraw_consent", args=[consent.pk]
                    )
                    context["edit_url"] = reverse("memorial_consent:edit", args=[consent.pk])
            return context
