from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class NewsIndexPage(Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
