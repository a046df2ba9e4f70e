"""Tributes: words that families and friends leave on a memorial.

A tribute belongs to the person (not to one translation of the memorial page), so it shows on
the memorial in every language, marked with the language it was written in. Nothing is public
before a moderator approves it, and the sender's e-mail address (kept only to send one notice
when the tribute is published) is never shown and is deleted once moderation is over."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX_LENGTH = 3000
SIGNATURE_MAX_LENGTH = 100


class ModerationState(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Spam")


class TributeQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=ModerationState.PENDING)

    def public(self):
        """Approved tributes of people whose family's consent is current. The consent check is
        the person's own (`Person.has_active_consent`), applied by the caller for one person;
        here only the moderation state is filtered."""
        return self.filter(state=ModerationState.APPROVED)


class Tribute(models.Model):
    class Signature(models.TextChoices):
        NAME = "name", _("With my name")
        RELATIONSHIP = "relationship", _("With my relationship only (for example “his sister”)")
        ANONYMOUS = "anonymous", _("Anonymously")

    person = models.ForeignKey(
        "memorial.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="tributes",
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    signature_kind = models.CharField(
        _("signed"), max_length=20, choices=Signature.choices, default=Signature.ANONYMOUS
    )
    # What is shown under the tribute: a name or a relationship, as the sender chose; empty
    # when anonymous.
    signature = models.CharField(_("signature"), max_length=SIGNATURE_MAX_LENGTH, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, db_index=True
    )
    # Private: only for the single notice sent when the tribute is published.
    email = models.EmailField(_("e-mail address (private)"), blank=True)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=ModerationState.choices,
        default=ModerationState.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = TributeQuerySet.as_manager()

    class Meta:
        verbose_name = _("tribute")
        verbose_name_plural = _("tributes")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["person", "state", "created_at"])]

    def __str__(self):
        excerpt = " ".join(self.message.split())[:60]
        return f"{excerpt}…" if len(self.message) > 60 else excerpt

    @property
    def is_public(self) -> bool:
        return self.state == ModerationState.APPROVED

    def shown_signature(self) -> str:
        if self.signature_kind == self.Signature.ANONYMOUS or not self.signature:
            return ""
        return self.signature
