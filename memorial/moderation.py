"""Moderation in the Wagtail admin: the queues of tributes and memorial requests.

- Two snippet viewsets (a "Moderation" menu) with filters by state, memorial, language and
  date; the title of each row opens a review page with the full text and the decisions.
- Approve / reject / mark as spam, one by one (review page) and in bulk (bulk actions).
  Every decision is written to Wagtail's audit log (who, when, what); one that makes a
  tribute public or takes it down also empties the page cache.
- A memorial request becomes a draft memorial and a pending consent in one action.
- Counts of what waits, on the admin dashboard.

Permissions: the default `view` and `change` permissions of Tribute and MemorialRequest are
the moderation permissions (view: read the queue; change: decide). No one gets `add`.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelChoiceFilter
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from website.media.storage_errors import StorageUnavailable, storage_guard
from website.page_cache import invalidate_page_cache

from .models import MemorialRequest, Person, Tribute
from .models.memorial_request import RequestState
from .models.tribute import ModerationState
from .notifications import notify_tribute_published

DECISIONS = {
    "approve": ModerationState.APPROVED,
    "reject": ModerationState.REJECTED,
    "spam": ModerationState.SPAM,
}
LOG_ACTIONS = {
    "memorial.tribute.approve": (_("Approve tribute"), _("Tribute approved")),
    "memorial.tribute.reject": (_("Reject tribute"), _("Tribute rejected")),
    "memorial.tribute.spam": (_("Mark tribute as spam"), _("Tribute marked as spam")),
    "memorial.request.reject": (_("Reject memorial request"), _("Memorial request rejected")),
    "memorial.request.spam": (
        _("Mark memorial request as spam"),
        _("Memorial request marked as spam"),
    ),
    "memorial.request.convert": (
        _("Turn memorial request into a draft memorial"),
        _("Memorial request turned into a draft memorial with a pending consent"),
    ),
}


# --- Decisions (the only code that changes a submission's state) --------------------------


def moderate_tributes(tributes, decision: str, user) -> int:
    """Apply a decision to tributes; returns how many changed. The sender's address is
    deleted at once unless the tribute is approved (then after the one notice is sent)."""
    state = DECISIONS[decision]
    now = timezone.now()
    changed = 0
    public_changed = False  # only an approved tribute is ever shown
    with transaction.atomic():
        for tribute in tributes:
            if tribute.state == state:
                continue
            public_changed |= ModerationState.APPROVED in (tribute.state, state)
            tribute.state = state
            tribute.moderated_at = now
            tribute.moderated_by = user
            if state != ModerationState.APPROVED:
                tribute.email = ""
            tribute.save(update_fields=["state", "moderated_at", "moderated_by", "email"])
            log(instance=tribute, action=f"memorial.tribute.{decision}", user=user)
            if tribute.email:
                pk = tribute.pk
                transaction.on_commit(lambda pk=pk: notify_tribute_published.enqueue(pk))
            changed += 1
        if public_changed:
            transaction.on_commit(invalidate_page_cache)
    return changed


def close_requests(requests, decision: str, user) -> int:
    """Reject or mark as spam. A portrait sent with spam is deleted at once; the contact
    details of closed requests go after the retention period (memorial/personal_data.py)."""
    state = DECISIONS[decision]
    now = timezone.now()
    changed = 0
    with transaction.atomic():
        for memorial_request in requests:
            if memorial_request.state != RequestState.PENDING:
                continue
            memorial_request.state = state
            memorial_request.closed_at = now
            memorial_request.closed_by = user
            if state == ModerationState.SPAM and memorial_request.portrait:
                memorial_request.portrait.delete(save=False)
            memorial_request.save()
            log(instance=memorial_request, action=f"memorial.request.{decision}", user=user)
            changed += 1
    return changed


def convert_request(memorial_request, user):
    """One action: a Person, a pending consent record and a draft memorial page, with the
    portrait moved from the private storage into the image library. Returns the page."""
    if memorial_request.state != RequestState.PENDING:
        raise ValueError("Only a pending request can be turned into a memorial.")
    with storage_guard():  # a transaction; a storage failure becomes StorageUnavailable
        page = create_draft_memorial(memorial_request, user)
        memorial_request.state = RequestState.CONVERTED
        memorial_request.closed_at = timezone.now()
        memorial_request.closed_by = user
        memorial_request.memorial = page
        memorial_request.save()
        log(instance=memorial_request, action="memorial.request.convert", user=user)
    return page


def _unique_slug(parent, base: str) -> str:
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _move_portrait_to_library(memorial_request, title: str, user):
    """Copy the (already cleaned) private portrait into Wagtail's image library, then delete
    the private copy. Only now, when an editor has decided, does it leave the private store."""
    from django.core.files.base import ContentFile
    from wagtail.images import get_image_model

    if not memorial_request.portrait:
        return None
    with memorial_request.portrait.open("rb") as source:
        content = ContentFile(source.read(), name=memorial_request.portrait.name.rsplit("/", 1)[-1])
    # Sanitised when the family uploaded it (memorial/forms/uploads.py): the image library's
    # safety net (website/media/signals.py) need not decode and re-encode it a second time.
    content.sanitised = True
    image = get_image_model()(title=title, file=content, uploaded_by_user=user)
    image.save()
    memorial_request.portrait.delete(save=False)
    return image


def create_draft_memorial(memorial_request, user):
    """The draft MemorialPage (in the request's language where a memorials index exists),
    its Person and a pending ConsentRecord with the scope the family asked for."""
    from django.utils.text import slugify
    from wagtail.models import Locale

    from .models import ConsentRecord, MemorialIndexPage, MemorialPage

    indexes = MemorialIndexPage.objects.select_related("locale")
    parent = (
        indexes.filter(locale__language_code=memorial_request.language).first()
        or indexes.filter(locale=Locale.get_default()).first()
        or indexes.first()
    )
    if parent is None:
        raise ValueError("There is no memorials index page to put the memorial under.")
    name = memorial_request.name_native or memorial_request.name_latin
    person = Person.objects.create(label=name[:255])
    consent = ConsentRecord(
        person=person,
        given_by_name=memorial_request.requester_name,
        given_by_relationship=memorial_request.relationship,
        given_by_contact="\n".join(
            part for part in (memorial_request.email, memorial_request.phone) if part
        ),
        given_at=memorial_request.consent_declared_at.date(),
        obtained_how=ConsentRecord.Method.OTHER,
        notes=str(
            _("Declared in the website's memorial request form; to be confirmed with the family.")
        ),
        show_name=True,
        show_portrait=memorial_request.show_portrait,
        show_biography=memorial_request.show_biography,
        show_dates=memorial_request.show_dates,
        show_places=memorial_request.show_places,
        recorded_by=user,
    )
    mark_consent_pending(consent)
    consent.save()
    page = MemorialPage(
        title=name[:255],
        slug=_unique_slug(parent, slugify(memorial_request.name_latin)[:80] or "memorial"),
        person=person,
        name_native=memorial_request.name_native or memorial_request.name_latin,
        name_latin=memorial_request.name_latin,
        place_of_birth=memorial_request.birth_place,
        governorate=memorial_request.governorate,
        portrait=_move_portrait_to_library(memorial_request, name[:255], user),
        live=False,
        owner=user,
    )
    for prefix in ("birth", "arrest", "death"):
        for part in ("year", "month", "day"):
            field = f"{prefix}_{part}"
            setattr(page, field, getattr(memorial_request, field))
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def mark_consent_pending(consent):
    """A consent declared on the website is not yet a consent: a consent officer confirms it
    with the family before the memorial can go live."""
    consent.status = consent.Status.PENDING


# --- Filters --------------------------------------------------------------------------------


def _persons_with_tributes(request):
    return Person.objects.filter(tributes__isnull=False).distinct().order_by("label")


class TributeFilterSet(WagtailFilterSet):
    state = ChoiceFilter(label=_("State"), choices=ModerationState.choices)
    person = ModelChoiceFilter(label=_("Memorial"), queryset=_persons_with_tributes)
    language = ChoiceFilter(
        label=_("Language"), choices=Tribute._meta.get_field("language").choices
    )
    created_at = DateFromToRangeFilter(label=_("Sent"), widget=DateRangePickerWidget)

    class Meta:
        model = Tribute
        fields = ["state", "person", "language", "created_at"]


class MemorialRequestFilterSet(WagtailFilterSet):
    state = ChoiceFilter(label=_("State"), choices=RequestState.choices)
    language = ChoiceFilter(
        label=_("Language"), choices=MemorialRequest._meta.get_field("language").choices
    )
    created_at = DateFromToRangeFilter(label=_("Sent"), widget=DateRangePickerWidget)

    class Meta:
        model = MemorialRequest
        fields = ["state", "language", "created_at"]


# --- Listing: the row title opens the review page; nothing is added by hand -----------------


class QueueIndexView(IndexView):
    review_url_name = None

    def get_edit_url(self, instance):
        if self.user_has_permission("view") or self.user_has_permission("change"):
            return reverse(self.review_url_name, args=(instance.pk,))

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        buttons = []
        if url := self.get_edit_url(instance):
            buttons.append(MenuItem(_("Review"), url=url, icon_name="view", priority=10))
        if url := self.get_delete_url(instance):
            buttons.append(MenuItem(_("Delete"), url=url, icon_name="bin", priority=30))
        return buttons


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    """The full submission and the decisions. GET shows; POST decides (with a CSRF token)."""

    model = None
    viewset = None
    header_icon = "comment"

    def dispatch(self, request, pk):
        policy = self.viewset.permission_policy
        if not policy.user_has_any_permission(request.user, ["view", "change"]):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=pk)
        self.can_decide = policy.user_has_permission(request.user, "change")
        return super().dispatch(request, pk)

    def get_page_title(self):
        return self.model._meta.verbose_name.capitalize()

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.viewset.get_url_name("list")), "label": self.viewset.menu_label},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            can_decide=self.can_decide,
            queue_url=reverse(self.viewset.get_url_name("list")) + "?state=pending",
            history_url=reverse(self.viewset.get_url_name("history"), args=(self.object.pk,)),
            **kwargs,
        )

    def post(self, request, pk):
        if not self.can_decide:
            raise PermissionDenied
        decision = request.POST.get("decision", "")
        message = self.decide(decision)
        if message is None:
            if decision in (*DECISIONS, "convert"):
                # Refused with an explanation (already added as an error message).
                return redirect(request.path)
            raise Http404
        messages.success(request, message)
        return redirect(reverse(self.viewset.get_url_name("list")) + "?state=pending")


class TributeReviewView(ReviewView):
    model = Tribute
    template_name = "memorial/tributes/admin_review.html"

    def get_context_data(self, **kwargs):
        from .notifications import memorial_url_for

        return super().get_context_data(
            memorial_url=memorial_url_for(self.object.person, self.object.language), **kwargs
        )

    def decide(self, decision):
        if decision not in DECISIONS:
            return None
        moderate_tributes([self.object], decision, self.request.user)
        return DECISION_MESSAGES[decision]


class MemorialRequestReviewView(ReviewView):
    model = MemorialRequest
    header_icon = "user"
    template_name = "memorial/requests/admin_review.html"

    def get_context_data(self, **kwargs):
        from website.media.private_files import private_file_url

        from .models import ApproximateDate

        req = self.object
        places = {"birth": req.birth_place, "arrest": req.detention_place, "death": ""}
        labels = {
            "birth": _("Birth"),
            "arrest": _("Arrest and detention"),
            "death": _("Death"),
        }
        wishes = [
            req._meta.get_field(name).verbose_name
            for name in ("show_dates", "show_places", "show_biography", "show_portrait")
            if getattr(req, name)
        ]
        return super().get_context_data(
            dates=[
                (labels[prefix], ApproximateDate.of(req, prefix).display(), places[prefix])
                for prefix in ("birth", "arrest", "death")
            ],
            wishes=wishes,
            portrait_url=private_file_url(req.portrait) if req.portrait else "",
            memorial_edit_url=(
                reverse("wagtailadmin_pages:edit", args=(req.memorial_id,))
                if req.memorial_id
                else ""
            ),
            **kwargs,
        )

    def decide(self, decision):
        if decision == "convert":
            if self.object.state != RequestState.PENDING:
                return None
            try:
                page = convert_request(self.object, self.request.user)
            except StorageUnavailable as error:
                # The portrait could not be read or copied: nothing was created.
                messages.error(self.request, error.messages[0])
                return None
            except (ValueError, RuntimeError) as error:
                messages.error(self.request, str(error))
                return None
            return _("A draft memorial “%(title)s” and a pending consent record were created.") % {
                "title": page.title
            }
        if decision not in ("reject", "spam"):
            return None
        close_requests([self.object], decision, self.request.user)
        return DECISION_MESSAGES[decision]


DECISION_MESSAGES = {
    "approve": _("Approved: it is now public."),
    "reject": _("Rejected: it will never be public."),
    "spam": _("Marked as spam."),
}


class QueueViewSetMixin:
    index_view_class = QueueIndexView
    review_view_class = None
    inspect_view_enabled = False
    copy_view_enabled = False

    @property
    def review_view(self):
        return self.review_view_class.as_view(viewset=self)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(review_url_name=self.get_url_name("review"), **kwargs)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("review/<int:pk>/", self.review_view, name="review"),
        ]


class TributeViewSet(QueueViewSetMixin, SnippetViewSet):
    model = Tribute
    icon = "comment"
    menu_label = _("Tributes")
    review_view_class = TributeReviewView
    filterset_class = TributeFilterSet
    list_display = ["__str__", "person", "language", "state", "created_at"]
    list_per_page = 50
    ordering = ["-created_at"]
    # The sender's e-mail address is never shown in the admin either: moderators do not
    # need it, and it is deleted once moderation is over.
    panels = []

    def get_queryset(self, request):
        return Tribute.objects.select_related("person")  # the "person" column, in one query


class MemorialRequestViewSet(QueueViewSetMixin, SnippetViewSet):
    model = MemorialRequest
    icon = "user"
    menu_label = _("Memorial requests")
    review_view_class = MemorialRequestReviewView
    filterset_class = MemorialRequestFilterSet
    list_display = ["__str__", "relationship", "language", "state", "created_at"]
    list_per_page = 50
    ordering = ["-created_at"]
    panels = []


class ModerationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Moderation")
    menu_icon = "tasks"
    menu_order = 250
    items = (TributeViewSet, MemorialRequestViewSet)


def queue_url(kind: str) -> str:
    """The pending queue of one kind, for e-mails and the dashboard."""
    model = Tribute if kind == "tribute" else MemorialRequest
    return reverse(model.snippet_viewset.get_url_name("list")) + "?state=pending"


# --- Bulk actions ---------------------------------------------------------------------------


class DecisionBulkAction(SnippetBulkAction):
    decision = ""
    template_name = "memorial/tributes/admin_bulk_confirm.html"

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission(self.request.user, "change")

    def get_context_data(self, **kwargs):
        return super().get_context_data(decision_label=self.display_name, **kwargs)

    def get_execution_context(self):
        return {"user": self.request.user, "decision": self.decision}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d submission: %(decision)s.",
            "%(count)d submissions: %(decision)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "decision": self.display_name}


class ApproveTributes(DecisionBulkAction):
    models = [Tribute]
    display_name = _("Approve")
    action_type = "approve_tributes"
    aria_label = _("Approve the selected tributes")
    decision = "approve"
    action_priority = 10

    @classmethod
    def execute_action(cls, objects, user=None, decision="", **kwargs):
        return moderate_tributes(objects, decision, user), 0


class RejectTributes(ApproveTributes):
    display_name = _("Reject")
    action_type = "reject_tributes"
    aria_label = _("Reject the selected tributes")
    decision = "reject"
    action_priority = 20


class SpamTributes(ApproveTributes):
    display_name = _("Mark as spam")
    action_type = "spam_tributes"
    aria_label = _("Mark the selected tributes as spam")
    decision = "spam"
    action_priority = 30


class RejectRequests(DecisionBulkAction):
    models = [MemorialRequest]
    display_name = _("Reject")
    action_type = "reject_requests"
    aria_label = _("Reject the selected memorial requests")
    decision = "reject"
    action_priority = 20

    @classmethod
    def execute_action(cls, objects, user=None, decision="", **kwargs):
        return close_requests(objects, decision, user), 0


class SpamRequests(RejectRequests):
    display_name = _("Mark as spam")
    action_type = "spam_requests"
    aria_label = _("Mark the selected memorial requests as spam")
    decision = "spam"
    action_priority = 30


# --- Dashboard ------------------------------------------------------------------------------


class PendingSummaryItem(SummaryItem):
    order = 50
    template_name = "memorial/tributes/admin_summary.html"

    def get_context_data(self, parent_context):
        return {
            "tributes": Tribute.objects.pending().count(),
            "requests": MemorialRequest.objects.pending().count(),
            "tributes_url": queue_url("tribute"),
            "requests_url": queue_url("memorial-request"),
            "show_tributes": self.request.user.has_perm("memorial.view_tribute"),
            "show_requests": self.request.user.has_perm("memorial.view_memorialrequest"),
        }

    def is_shown(self):
        user = self.request.user
        return user.has_perm("memorial.view_tribute") or user.has_perm(
            "memorial.view_memorialrequest"
        )


# --- Registration (imported once by memorial/wagtail_hooks.py) ------------------------------


def register():
    from wagtail.snippets.models import register_snippet

    from website.media.private_files import register_private_file

    register_private_file(MemorialRequest, "portrait", "memorial.view_memorialrequest")
    register_snippet(ModerationViewSetGroup)
    for action in (ApproveTributes, RejectTributes, SpamTributes, RejectRequests, SpamRequests):
        hooks.register("register_bulk_action", action)

    @hooks.register("register_log_actions")
    def register_moderation_log_actions(actions):
        for action, (label, message) in LOG_ACTIONS.items():
            actions.register_action(action, label, message)

    @hooks.register("construct_homepage_summary_items")
    def add_pending_counts(request, items):
        items.append(PendingSummaryItem(request))


register()
