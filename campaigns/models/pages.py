"""Campaign pages: one per campaign and language, under each language's campaign index."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from campaigns.blocks import CampaignActionsBlock
from website.blocks import BodyBlock
from website.media.images import require_alt_text
from website.models.pages import SectionIndexPage

from .signatures import SignatureTally

OPEN, CLOSED, WON = "open", "closed", "won"
UPCOMING = "upcoming"  # open, but its start date is still ahead


# The "open" rule, written twice side by side: in Python for one page (also a page being
# previewed, whose values are not saved), and in SQL for lists. Change both together.
def _own_status(status: str, start_date, end_date, today) -> str:
    """What one translation says on its own: an open campaign past its end date is closed,
    before its start date upcoming."""
    if status != OPEN:
        return status
    if end_date and today > end_date:
        return CLOSED
    if start_date and today < start_date:
        return UPCOMING
    return OPEN


def _open_q(today) -> Q:
    return (
        Q(status=OPEN)
        & (Q(start_date__isnull=True) | Q(start_date__lte=today))
        & (Q(end_date__isnull=True) | Q(end_date__gte=today))
    )


# When translations disagree (one lags behind until it is synced and published again), the
# campaign shows the most final state any live translation has reached.
_PRECEDENCE = (WON, CLOSED, UPCOMING, OPEN)


class CampaignQuerySet(PageQuerySet):
    def open(self):
        """Campaigns open in every live language: the SQL form of `CampaignPage.is_open`."""
        today = timezone.localdate()
        not_open = CampaignPage.objects.live().exclude(_open_q(today))
        return self.filter(_open_q(today)).exclude(
            translation_key__in=not_open.values("translation_key")
        )


CampaignPageManager = PageManager.from_queryset(CampaignQuerySet)


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaigns index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = list(CampaignPage.objects.child_of(self).live().order_by("-first_published_at"))
        SignatureTally.attach(campaigns)
        CampaignPage.attach_statuses(campaigns)
        # Open campaigns first, then won, then closed; newest first within each.
        order = {CampaignPage.OPEN: 0, CampaignPage.WON: 1, CampaignPage.CLOSED: 2}
        campaigns.sort(key=lambda campaign: order.get(campaign.effective_status, 3))
        context["campaigns"] = campaigns
        return context


class CampaignPage(Page):
    OPEN, CLOSED, WON, UPCOMING = OPEN, CLOSED, WON, UPCOMING
    STATUS_CHOICES = [(OPEN, _("Open")), (CLOSED, _("Closed")), (WON, _("Won"))]

    demand = models.CharField(_("demand"), max_length=300, help_text=_("One line."))
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=OPEN)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("After this day the campaign shows as closed and takes no signatures."),
    )
    featured = models.BooleanField(
        _("featured on the home page"),
        default=False,
        help_text=_("The newest open featured campaign is shown on the home page."),
    )
    signature_goal = models.PositiveIntegerField(
        _("signature goal"),
        null=True,
        blank=True,
        help_text=_("Shown as progress next to the number of confirmed signatures."),
    )
    actions = StreamField(CampaignActionsBlock(), blank=True, verbose_name=_("calls to action"))

    content_panels = Page.content_panels + [
        FieldPanel("demand"),
        FieldPanel("lead_image"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("signature_goal"),
                FieldPanel("featured"),
            ],
            heading=_("State"),
        ),
        FieldPanel("body"),
        FieldPanel("actions"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("demand"),
        index.SearchField("body"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    objects = CampaignPageManager()

    class Meta:
        verbose_name = _("campaign page")

    def clean(self):
        super().clean()
        require_alt_text(self.lead_image, "lead_image")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @cached_property
    def effective_status(self) -> str:
        """The status the public sees, the same in every language: the campaign's status is
        one fact shared by its translations, but a translation may lag behind until it is
        synced and published again, so a campaign closed (or won) in one live language is
        closed (or won) in all of them. One query, once per page object."""
        others = (
            CampaignPage.objects.live()
            .filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .values_list("status", "start_date", "end_date")
        )
        return self._combined_status(others)

    def _combined_status(self, others) -> str:
        today = timezone.localdate()
        statuses = {_own_status(self.status, self.start_date, self.end_date, today)}
        statuses.update(_own_status(*values, today) for values in others)
        return next(status for status in _PRECEDENCE if status in statuses)

    @classmethod
    def attach_statuses(cls, campaigns) -> None:
        """Give a list of campaign pages their `effective_status` in one query."""
        by_key = {}
        live = cls.objects.live().filter(
            translation_key__in={campaign.translation_key for campaign in campaigns}
        )
        for pk, key, *values in live.values_list(
            "pk", "translation_key", "status", "start_date", "end_date"
        ):
            by_key.setdefault(key, []).append((pk, values))
        for campaign in campaigns:
            translations = by_key.get(campaign.translation_key, [])
            others = [values for pk, values in translations if pk != campaign.pk]
            campaign.__dict__["effective_status"] = campaign._combined_status(others)

    @property
    def is_open(self) -> bool:
        """Whether the campaign takes signatures now: the one answer the page, its status
        label, calls to action, the sign view and confirmation links all use."""
        return self.effective_status == self.OPEN

    @property
    def status_label(self) -> str:
        labels = {
            self.OPEN: _("Open"),
            self.CLOSED: _("Closed"),
            self.WON: _("Won"),
            self.UPCOMING: _("Opens soon"),
        }
        return labels[self.effective_status]

    @cached_property
    def petition(self):
        """The petition block's value, or None when the campaign has no petition."""
        for block in self.actions:
            if block.block_type == "petition":
                return block.value
        return None

    @cached_property
    def signature_count(self) -> int:
        # Read from the tally that confirmations increment: never a COUNT over signatures.
        if hasattr(self, "_signature_count"):
            return self._signature_count
        return SignatureTally.count_for(self.translation_key)

    @property
    def progress_percent(self) -> int | None:
        if not self.signature_goal:
            return None
        return min(100, int(self.signature_count * 100 / self.signature_goal))
