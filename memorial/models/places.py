"""Places shared by memorials: the Syrian governorates (a fixed list) and the places of
detention (a translatable snippet, so that one prison has one record in each language)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Governorate(models.TextChoices):
    DAMASCUS = "damascus", _("Damascus")
    RIF_DIMASHQ = "rif-dimashq", _("Rif Dimashq")
    ALEPPO = "aleppo", _("Aleppo")
    HOMS = "homs", _("Homs")
    HAMA = "hama", _("Hama")
    LATAKIA = "latakia", _("Latakia")
    TARTUS = "tartus", _("Tartus")
    IDLIB = "idlib", _("Idlib")
    DARAA = "daraa", _("Daraa")
    AS_SUWAYDA = "as-suwayda", _("As-Suwayda")
    QUNEITRA = "quneitra", _("Quneitra")
    DEIR_EZ_ZOR = "deir-ez-zor", _("Deir ez-Zor")
    RAQQA = "raqqa", _("Raqqa")
    AL_HASAKAH = "al-hasakah", _("Al-Hasakah")


class FacilityType(models.TextChoices):
    PRISON = "prison", _("Prison")
    INTELLIGENCE_BRANCH = "intelligence-branch", _("Intelligence branch")
    MILITARY_HOSPITAL = "military-hospital", _("Military hospital")
    OTHER = "other", _("Other place of detention")


class PlaceOfDetention(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    facility_type = models.CharField(
        _("type of facility"), max_length=30, choices=FacilityType.choices
    )
    city = models.CharField(_("city"), max_length=100, blank=True)

    # The name and the city are written in each language; the kind of place is one fact.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("city"),
        SynchronizedField("facility_type"),
    ]
    panels = [FieldPanel("name"), FieldPanel("facility_type"), FieldPanel("city")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("place of detention")
        verbose_name_plural = _("places of detention")
        ordering = ["name"]

    def __str__(self):
        if not self.city:
            return self.name
        # Translated, so that Arabic gets its own comma (،).
        return _("%(place)s, %(city)s") % {"place": self.name, "city": self.city}
