"""Admin integration of the memorial app. Other parts of the app (tributes, requests) append
their own `from . import …` line at the end of this module."""

from django.contrib import messages
from django.db.models import Exists, OuterRef
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website.media.private_files import register_private_file

from .admin import consent_viewset, person_chooser_viewset, withdraw_consent_view
from .consent import ADDRESS_CHANGED_LOG_ACTION, PUBLISH_REFUSED_LOG_ACTION, WITHDRAWN_LOG_ACTION
from .models import ConsentDocument, ConsentRecord, MemorialPage, PlaceOfDetention
from .models.memorial_page import CONSENT_ANNOTATION


class PlaceOfDetentionViewSet(SnippetViewSet):
    model = PlaceOfDetention
    icon = "site"
    menu_label = _("Places of detention")
    list_display = ["name", "facility_type", "city"]
    list_filter = ["facility_type"]


register_snippet(PlaceOfDetentionViewSet)
# Consent evidence reaches only consent officers, through the logged private-file view.
register_private_file(ConsentDocument, "file", "memorial.manage_consent")


@hooks.register("register_admin_viewset")
def register_consent_viewsets():
    return [consent_viewset, person_chooser_viewset]


@hooks.register("register_admin_urls")
def register_withdrawal_url():
    return [
        path(
            "memorial/consent/<int:pk>/withdraw/",
            withdraw_consent_view,
            name="memorial_withdraw_consent",
        )
    ]


@hooks.register("register_log_actions")
def register_memorial_log_actions(actions):
    actions.register_action(WITHDRAWN_LOG_ACTION, _("Withdraw consent"), _("Consent withdrawn"))
    actions.register_action(
        PUBLISH_REFUSED_LOG_ACTION,
        _("Publication refused"),
        _("Publication refused: no current consent"),
    )
    actions.register_action(
        ADDRESS_CHANGED_LOG_ACTION,
        _("Address changed"),
        _("Address changed: the family no longer allows the name to be shown"),
    )


def _goes_live_now(page) -> bool:
    return not (page.go_live_at and page.go_live_at > timezone.now())


@hooks.register("construct_explorer_page_queryset")
def annotate_consent_state(parent_page, pages, request):
    """The page listing shows each memorial's consent state in its title
    (MemorialPage.get_admin_display_title): one subquery for the listing, instead of two
    queries per memorial. Only where memorials can be listed: other listings skip the join."""
    page_class = parent_page.specific_class  # from the content type: no query
    if page_class is None or MemorialPage not in page_class.allowed_subpage_models():
        return pages
    current = ConsentRecord.objects.active().filter(person_id=OuterRef("memorialpage__person_id"))
    return pages.annotate(**{CONSENT_ANNOTATION: Exists(current)})


@hooks.register("before_publish_page")
def refuse_publication_without_consent(request, page):
    """The publish button (edit and create views): explain instead of failing. The draft is
    already saved, so nothing the editor typed is lost."""
    page = page.specific
    if not (isinstance(page, MemorialPage) and _goes_live_now(page)):
        return None
    if refusal := page.publication_refusal():
        messages.error(request, refusal)
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publication_without_consent(request, action_type, objects, action_class):
    if action_type != "publish":
        return None
    candidates = [obj.specific for obj in objects]
    if request.POST.get("include_descendants"):
        for obj in objects:
            candidates += list(
                MemorialPage.objects.descendant_of(obj).not_live().select_related("person")
            )
    refused = [
        (page, refusal)
        for page in candidates
        if isinstance(page, MemorialPage) and (refusal := page.publication_refusal())
    ]
    if refused:
        for page, refusal in refused[:10]:
            messages.error(request, f"{page.get_admin_display_title()}: {refusal}")
        return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("after_copy_page")
def explain_copies_left_as_drafts(request, page, new_page):
    """With "publish copies" ticked, a copied memorial stays a draft where its consent does
    not allow it to go live (the gate in MemorialPage.save): say so, not only "copied"."""
    if not request.POST.get("publish_copies"):
        return None
    copies = MemorialPage.objects.descendant_of(new_page, inclusive=True).filter(live=False)
    for memorial in copies[:10]:
        if refusal := memorial.publication_refusal():
            messages.warning(request, f"{memorial.get_admin_display_title()}: {refusal}")
    return None


from . import moderation  # noqa: E402, F401  (tribute and request queues, bulk actions, counts)
