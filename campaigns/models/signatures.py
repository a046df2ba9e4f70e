"""Petition signatures and the public count they feed.

A signature is stored pending and counts only once its e-mail link is followed; a campaign
counts one signature per e-mail address. Signatures belong to the campaign as a whole (its
`translation_key`), so that every translation shows the same count. The count is a stored
tally, incremented on confirmation, so that no page view counts rows."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Signature(models.Model):
    campaign_key = models.UUIDField(_("campaign"), db_index=True)
    name = models.CharField(_("name"), max_length=120)
    # Lower-cased on the way in, so that "A@x.org" and "a@x.org" count once.
    email = models.EmailField(_("e-mail"), max_length=254)
    country = models.CharField(_("country"), max_length=2)
    language = models.CharField(_("language"), max_length=8)
    contact_ok = models.BooleanField(_("may be contacted"), default=False)
    created_at = models.DateTimeField(_("signed at"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        permissions = [("export_signatures", _("Can export confirmed signatures"))]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "email"],
                condition=Q(confirmed_at__isnull=False),
                name="campaigns_one_confirmed_signature_per_email",
            )
        ]
        indexes = [models.Index(fields=["campaign_key", "confirmed_at"])]

    def __str__(self):
        return f"{self.name} ({self.country})"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class SignatureTally(models.Model):
    """The number of confirmed signatures of one campaign, shown publicly."""

    campaign_key = models.UUIDField(unique=True)
    confirmed = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("signature count")
        verbose_name_plural = _("signature counts")

    def __str__(self):
        return f"{self.campaign_key}: {self.confirmed}"

    @classmethod
    def count_for(cls, campaign_key) -> int:
        found = cls.objects.filter(campaign_key=campaign_key).values_list("confirmed", flat=True)
        return next(iter(found), 0)

    @classmethod
    def attach(cls, campaigns) -> None:
        """Give a list of campaign pages their counts in one query."""
        keys = {campaign.translation_key for campaign in campaigns}
        counts = dict(
            cls.objects.filter(campaign_key__in=keys).values_list("campaign_key", "confirmed")
        )
        for campaign in campaigns:
            campaign._signature_count = counts.get(campaign.translation_key, 0)

    @classmethod
    def add(cls, campaign_key, amount: int = 1) -> None:
        """Atomic increment (or decrement, for an erased signature) of a campaign's count."""
        cls.objects.get_or_create(campaign_key=campaign_key)
        if amount >= 0:
            cls.objects.filter(campaign_key=campaign_key).update(confirmed=F("confirmed") + amount)
        else:
            cls.objects.filter(campaign_key=campaign_key, confirmed__gte=-amount).update(
                confirmed=F("confirmed") + amount
            )
