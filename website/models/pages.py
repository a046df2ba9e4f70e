"""The home page and the association's own pages (about, support, privacy, contact)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BodyBlock


class HomePage(Page):
    """The root of each language's tree. The latest news, the featured campaign and memorials
    are filled in by their apps' template tags; an empty slot renders nothing."""

    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), max_length=600, blank=True)
    aims_heading = models.CharField(_("aims heading"), max_length=200, blank=True)
    aims = StreamField(
        [("aim", blocks.CharBlock(label=_("Aim")))], blank=True, verbose_name=_("aims")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        FieldPanel("aims_heading"),
        FieldPanel("aims"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "memorial.MemorialIndexPage",
        "news.NewsIndexPage",
        "campaigns.CampaignIndexPage",
        "website.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """About, support for families, privacy policy, contact."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["website.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class SectionIndexPage(Page):
    """The shared shape of the sections' index pages (memorials, news, campaigns): one per
    language, directly under the home page, with a short introduction."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["website.HomePage"]
    max_count_per_parent = 1

    # The query parameters the index reads (filters, search, sort, page). A query made of
    # these only may be cached (website/page_cache.py); others (tracking tags, junk) make
    # the page render every time rather than fill the cache with copies of it.
    query_parameters: frozenset[str] = frozenset({"page"})

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.cache_with_query = set(request.GET) <= self.query_parameters
        return response

    class Meta:
        abstract = True
