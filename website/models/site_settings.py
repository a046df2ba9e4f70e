"""The organisation's name, contact details, social links and main navigation, per language.

A translatable snippet rather than a Wagtail site setting, because site settings cannot be
translated. Translatable text: names, taglines, labels. Synchronised across translations by
wagtail-localize: the contact e-mail, link addresses and the pages the menu points at."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin


class SiteSettings(TranslatableMixin, ClusterableModel):
    organisation_name = models.CharField(_("organisation name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer and from every form."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("contact_email"),
        FieldPanel("privacy_page"),
        InlinePanel("navigation_items", label=_("Main navigation")),
        InlinePanel("social_links", label=_("Social links")),
    ]
    translatable_fields = ["organisation_name", "tagline"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"

    @classmethod
    def for_active_language(cls):
        """The active language's settings, or the default language's where none exist yet."""
        active = translation.get_language()
        found = list(
            cls.objects.filter(locale__language_code__in=[active, settings.LANGUAGE_CODE])
            .select_related("locale", "privacy_page")
            .prefetch_related("navigation_items__page", "social_links")
        )
        found.sort(key=lambda item: item.locale.language_code != active)
        return found[0] if found else None


class NavigationItem(Orderable):
    settings = ParentalKey(SiteSettings, related_name="navigation_items", on_delete=models.CASCADE)
    label = models.CharField(_("label"), max_length=60)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("label"), FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("navigation item")


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, related_name="social_links", on_delete=models.CASCADE)
    label = models.CharField(_("label"), max_length=60, help_text=_("For example: Facebook"))
    url = models.URLField(_("address"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social link")
