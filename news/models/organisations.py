"""Organisations a delegation meets (prosecutors' offices, ministries, human-rights groups):
a translatable snippet, so each language writes the name its readers know."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("website")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("acronym"),
        SynchronizedField("website"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("acronym")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name
