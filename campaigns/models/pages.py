"""Campaign pages: one per campaign and language, under each language's campaign index."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.blocks import CampaignActionsBlock
from website.blocks import BodyBlock
from website.media.images import require_alt_text
from website.models.pages import SectionIndexPage

from .signatures import SignatureTally


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaigns index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = list(
            CampaignPage.objects.child_of(self)
            .live()
            .select_related("lead_image")
            .order_by("-first_published_at")
        )
        SignatureTally.attach(campaigns)
        # Open campaigns first, then won, then closed; newest first within each.
        order = {CampaignPage.OPEN: 0, CampaignPage.WON: 1, CampaignPage.CLOSED: 2}
        campaigns.sort(key=lambda campaign: order.get(campaign.effective_status, 3))
        context["campaigns"] = campaigns
        return context


class CampaignPage(Page):
    OPEN, CLOSED, WON = "open", "closed", "won"
    UPCOMING = "upcoming"  # open, but its start date is still ahead
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

    class Meta:
        verbose_name = _("campaign page")

    def clean(self):
        super().clean()
        require_alt_text(self.lead_image, "lead_image")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def effective_status(self) -> str:
        """The status the public sees: an open campaign past its end date is closed."""
        if self.status != self.OPEN:
            return self.status
        today = timezone.localdate()
        if self.end_date and today > self.end_date:
            return self.CLOSED
        if self.start_date and today < self.start_date:
            return self.UPCOMING
        return self.OPEN

    @property
    def is_open(self) -> bool:
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

    def accepts_signatures(self) -> bool:
        """True while this campaign is open in every live language. Its status is one fact
        shared by its translations, but a translation may lag behind until it is synced and
        published again: a campaign closed in one language takes no more signatures."""
        if self.petition is None:
            return False
        translations = CampaignPage.objects.live().filter(translation_key=self.translation_key)
        return all(page.is_open for page in translations) and self.is_open
