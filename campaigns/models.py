from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class CampaignIndexPage(Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaigns index page")


class CampaignPage(Page):
    demand = models.CharField(_("demand"), max_length=300, help_text=_("One line."))

    content_panels = Page.content_panels + [FieldPanel("demand")]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("campaign page")
