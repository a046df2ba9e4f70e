"""The news index of each language and the news items under it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news.blocks import NewsBodyBlock
from website.media.images import require_alt_text
from website.models.pages import SectionIndexPage

from .organisations import Organisation
from .related import prefer_language, public_in_language


class NewsIndexPage(SectionIndexPage):
    subpage_types = ["news.NewsPage"]
    query_parameters = frozenset({"kind", "year", "organisation", "page"})  # news/listing.py

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        from news.listing import news_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing(self, request))
        return context


class OfficialBlock(blocks.StructBlock):
    """Someone met in their official capacity. The role is what matters; a name is optional
    and only for people who act in public."""

    role = blocks.CharBlock(label=_("Role"), max_length=250)
    name = blocks.CharBlock(label=_("Name"), required=False, max_length=200)

    class Meta:
        icon = "user"
        label = _("Official")


class NewsPage(Page):
    class Kind(models.TextChoices):
        VISIT = "visit", _("Advocacy visit")
        STATEMENT = "statement", _("Statement")
        EVENT = "event", _("Event")
        PRESS = "press", _("Press coverage")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Exact day")
        MONTH = "month", _("Month only")

    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Show only the month when the exact day is not known."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.VISIT)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=120, blank=True)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Shown in lists, feeds and search results.")
    )
    officials = StreamField(
        [("official", OfficialBlock())],
        blank=True,
        verbose_name=_("officials met"),
    )
    body = StreamField(NewsBodyBlock(), blank=True, verbose_name=_("body"))
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Never a photograph of the dead."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
            ],
            heading=_("When, what and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        InlinePanel("organisation_links", label=_("Organisations met")),
        FieldPanel("officials"),
        FieldPanel("body"),
        InlinePanel("related_memorials", label=_("Related memorials")),
        InlinePanel("related_campaigns", label=_("Related campaigns")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("country"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("date"),
        SynchronizedField("date_precision"),
        SynchronizedField("kind"),
        TranslatableField("city"),
        TranslatableField("country"),
        TranslatableField("summary"),
        TranslatableField("officials"),
        TranslatableField("body"),
        SynchronizedField("lead_image"),
        # Each link is localised to the organisation's translation in the target language.
        TranslatableField("organisation_links"),
        # Shown in the reader's language at display time (see related.py).
        SynchronizedField("related_memorials"),
        SynchronizedField("related_campaigns"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def place(self) -> str:
        # The list separator of the active language (Arabic has its own comma, ،).
        return pgettext("list separator", ", ").join(
            part for part in (self.city, self.country) if part
        )

    def organisations(self):
        """The organisations met, each in this page's language where it is translated (a link
        copied from another language may still point at that language's version)."""
        linked = [
            link.organisation for link in self.organisation_links.select_related("organisation")
        ]
        if not linked:
            return []
        # The linked organisation itself is the fallback: it comes first among the candidates.
        local = Organisation.objects.filter(
            translation_key__in=[organisation.translation_key for organisation in linked],
            locale_id=self.locale_id,
        )
        chosen = prefer_language([*linked, *local], self.locale_id)
        return [chosen[organisation.translation_key] for organisation in linked]

    def clean(self):
        super().clean()
        require_alt_text(self.lead_image, "lead_image")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from campaigns.models import CampaignPage
        from memorial.models import MemorialPage

        # Only memorials with a current consent, whatever an editor linked.
        context["related_memorials"] = public_in_language(
            MemorialPage.objects.public(),
            [link.memorial for link in self.related_memorials.select_related("memorial")],
            self.locale_id,
        )
        context["related_campaigns"] = public_in_language(
            CampaignPage.objects.live().public(),
            [link.campaign for link in self.related_campaigns.select_related("campaign")],
            self.locale_id,
        )
        return context


class NewsPageOrganisation(TranslatableMixin, Orderable):
    """Translatable, so that wagtail-localize carries each link over to the organisation's
    translation in the target language (it only localises links in translatable children)."""

    page = ParentalKey(NewsPage, related_name="organisation_links", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "news.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="news_links",
    )

    panels = [FieldPanel("organisation")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("organisation met")


class NewsPageMemorial(Orderable):
    page = ParentalKey(NewsPage, related_name="related_memorials", on_delete=models.CASCADE)
    memorial = models.ForeignKey(
        "memorial.MemorialPage",
        verbose_name=_("memorial"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Shown only while the family's consent is current."),
    )

    panels = [FieldPanel("memorial")]

    class Meta(Orderable.Meta):
        verbose_name = _("related memorial")


class NewsPageCampaign(Orderable):
    page = ParentalKey(NewsPage, related_name="related_campaigns", on_delete=models.CASCADE)
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("campaign")]

    class Meta(Orderable.Meta):
        verbose_name = _("related campaign")
