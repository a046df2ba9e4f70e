"""The consent ledger in the Wagtail admin: a listing and forms only staff with
`memorial.manage_consent` reach, the person chooser, and the one-step withdrawal."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .consent import withdraw_consent
from .models import ConsentRecord, MemorialPage, Person

CONSENT_PERMISSION = "memorial.manage_consent"


class ConsentPermissionPolicy(ModelPermissionPolicy):
    """One permission for everything about consent; records are never deleted (withdrawal
    keeps them), so nobody has the "delete" action."""

    def _get_permission_name(self, action):
        return CONSENT_PERMISSION

    def _get_permission_codenames(self, actions):
        return {"manage_consent"}

    def user_has_permission(self, user, action):
        if action == "delete":
            return False
        return user.is_active and user.has_perm(CONSENT_PERMISSION)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


person_chooser_viewset = ChooserViewSet(
    "memorial_person_chooser",
    model=Person,
    icon="user",
    choose_one_text=_("Choose a person"),
    choose_another_text=_("Choose another person"),
)
# Wagtail asks the registry which policy applies to a model.
register_permission_policy(ConsentRecord, ConsentPermissionPolicy(ConsentRecord))
register_permission_policy(Person, ConsentPermissionPolicy(Person))


class ConsentCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        if (person := self.request.GET.get("person", "")).isdigit():
            initial["person"] = int(person)
        return initial

    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class ConsentViewSet(ModelViewSet):
    model = ConsentRecord
    icon = "doc-full-inverse"
    menu_label = _("Family consent")
    add_to_admin_menu = True
    menu_order = 210
    add_view_class = ConsentCreateView
    list_display = ["person", "status", "given_at", "given_by_relationship", "withdrawn_at"]
    list_filter = ["obtained_how"]
    search_fields = ["person__label"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_edit_handler(self):
        from wagtail.admin.panels import ObjectList

        panels = [
            FieldPanel("person", widget=person_chooser_viewset.widget_class),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("given_by_name"),
                    FieldPanel("given_by_relationship"),
                    FieldPanel("given_by_contact"),
                    FieldRowPanel([FieldPanel("given_at"), FieldPanel("obtained_how")]),
                    FieldPanel("notes"),
                ],
                heading=_("Who gave consent, and how"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("show_name"),
                    FieldPanel("show_portrait"),
                    FieldPanel("show_biography"),
                    FieldPanel("show_dates"),
                    FieldPanel("show_places"),
                    FieldPanel("show_family_names"),
                ],
                heading=_("What the memorial may show"),
            ),
            InlinePanel(
                "documents", heading=_("Supporting documents (private)"), label=_("Document")
            ),
        ]
        return ObjectList(panels).bind_to_model(ConsentRecord)


consent_viewset = ConsentViewSet("memorial_consent")


class WithdrawalForm(forms.Form):
    how = forms.ChoiceField(
        label=_("How did the family ask for the withdrawal?"), choices=ConsentRecord.Method.choices
    )
    reason = forms.CharField(
        label=_("Reason (private)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    confirm = forms.BooleanField(
        label=_(
            "I confirm: unpublish this memorial in every language now. An editor can only "
            "publish it again after a new consent is recorded."
        )
    )


def withdraw_consent_view(request, pk):
    if not request.user.has_perm(CONSENT_PERMISSION):
        raise PermissionDenied
    consent = get_object_or_404(ConsentRecord.objects.select_related("person"), pk=pk)
    pages = MemorialPage.objects.filter(person_id=consent.person_id).select_related("locale")
    if not consent.is_active:
        messages.warning(request, str(_("This consent was already withdrawn.")))
        return redirect(reverse("memorial_consent:edit", args=[consent.pk]))
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        taken_down = withdraw_consent(
            consent,
            user=request.user,
            how=form.cleaned_data["how"],
            reason=form.cleaned_data["reason"],
        )
        messages.success(
            request,
            _("Consent withdrawn. %(count)s published page(s) were unpublished.")
            % {"count": len(taken_down)},
        )
        return redirect(reverse("memorial_consent:index"))
    return TemplateResponse(
        request,
        "memorial/admin/withdraw_consent.html",
        {"consent": consent, "pages": pages, "form": form},
    )
