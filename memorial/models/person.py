"""The person a memorial remembers: one record shared by every translation of the memorial.
Consent, tributes and candles belong to the person, not to one language's page."""

from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class Person(models.Model):
    # An admin label only (the name as the family writes it, copied from the memorial); the
    # public sees names through the memorial page, within the consent's scope.
    label = models.CharField(_("name (admin label)"), max_length=255, blank=True)
    # Candles lit by visitors, counted once for all languages of the memorial.
    candle_count = models.PositiveIntegerField(_("candles lit"), default=0, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.label or _("Person %(id)s") % {"id": self.pk}

    @property
    def active_consent(self):
        """The consent in force (the most recent one not withdrawn), or None.
        Uses the `active_consents` prefetch of listings when present."""
        if hasattr(self, "active_consents"):
            return self.active_consents[0] if self.active_consents else None
        if not hasattr(self, "_active_consent"):
            self._active_consent = self.consents.active().order_by("-given_at", "-pk").first()
        return self._active_consent

    def has_active_consent(self) -> bool:
        return self.active_consent is not None

    def light_candle(self):
        Person.objects.filter(pk=self.pk).update(candle_count=F("candle_count") + 1)
