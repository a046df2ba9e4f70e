"""Memorial requests: a family asks for a memorial to be created.

Everything here is private: the requester's contact details, what they know about their
relative and the portrait they sent (kept in the private storage). An editor reads the
request in the admin and, when it can go ahead, turns it into a draft memorial and a pending
consent record in one action (see memorial/moderation.py)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from website.media.storages import private_storage

from .places import Governorate
from .tribute import ModerationState


def portrait_upload_path(instance, filename):
    # The name says nothing about the person: a random name chosen at upload time.
    return f"memorial-requests/{filename}"


class RequestState(models.TextChoices):
    PENDING = "pending", _("Waiting for an editor")
    CONVERTED = "converted", _("Turned into a draft memorial")
    REJECTED = ModerationState.REJECTED.value, ModerationState.REJECTED.label
    SPAM = ModerationState.SPAM.value, ModerationState.SPAM.label


class MemorialRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=RequestState.PENDING)

    def closed(self):
        return self.exclude(state=RequestState.PENDING)


class MemorialRequest(models.Model):
    # About the person to remember, as far as the family knows.
    name_native = models.CharField(_("name in Arabic"), max_length=200, blank=True)
    name_latin = models.CharField(_("name in Latin letters"), max_length=200, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    birth_month = models.PositiveSmallIntegerField(_("month of birth"), null=True, blank=True)
    birth_day = models.PositiveSmallIntegerField(_("day of birth"), null=True, blank=True)
    birth_place = models.CharField(_("place of birth"), max_length=200, blank=True)
    arrest_year = models.PositiveSmallIntegerField(_("year of arrest"), null=True, blank=True)
    arrest_month = models.PositiveSmallIntegerField(_("month of arrest"), null=True, blank=True)
    arrest_day = models.PositiveSmallIntegerField(_("day of arrest"), null=True, blank=True)
    detention_place = models.CharField(_("place of detention"), max_length=200, blank=True)
    death_year = models.PositiveSmallIntegerField(_("year of death"), null=True, blank=True)
    death_month = models.PositiveSmallIntegerField(_("month of death"), null=True, blank=True)
    death_day = models.PositiveSmallIntegerField(_("day of death"), null=True, blank=True)
    governorate = models.CharField(
        _("governorate"), max_length=30, choices=Governorate.choices, blank=True
    )
    story = models.TextField(_("what the family wants to say"), max_length=5000, blank=True)

    # What the family wants shown on the memorial.
    show_portrait = models.BooleanField(_("show the portrait"), default=False)
    show_dates = models.BooleanField(_("show the dates"), default=True)
    show_places = models.BooleanField(_("show the places"), default=True)
    show_biography = models.BooleanField(_("show the family's words"), default=True)
    portrait = models.FileField(
        _("portrait (private)"),
        storage=private_storage,
        upload_to=portrait_upload_path,
        blank=True,
        max_length=255,
    )

    # The requester: private, never shown anywhere public.
    requester_name = models.CharField(_("requester's name"), max_length=200)
    relationship = models.CharField(_("relationship to the person"), max_length=100)
    email = models.EmailField(_("requester's e-mail address"))
    phone = models.CharField(_("requester's telephone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    consent_declared_at = models.DateTimeField(_("consent declared at"))

    state = models.CharField(
        _("state"),
        max_length=20,
        choices=RequestState.choices,
        default=RequestState.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    memorial = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft memorial"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = MemorialRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("memorial request")
        verbose_name_plural = _("memorial requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name_native or self.name_latin or str(_("Memorial request"))

    @property
    def display_name(self) -> str:
        names = [name for name in (self.name_native, self.name_latin) if name]
        return " / ".join(names)
