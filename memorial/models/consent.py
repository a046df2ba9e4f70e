"""The consent ledger: who in the family agreed to the memorial, to what, and when it was
withdrawn. Private: only staff with `memorial.manage_consent` see or change it, and the
supporting documents live in the private storage, never behind a public URL."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from website.media.storages import private_storage
from website.media.widgets import PrivateFileInput

# What a consent may allow the public to see. Each is a boolean field on ConsentRecord.
SCOPE_FIELDS = (
    "show_name",
    "show_portrait",
    "show_biography",
    "show_dates",
    "show_places",
    "show_family_names",
)


class ConsentQuerySet(models.QuerySet):
    def active(self):
        """In force: confirmed with the family and not withdrawn."""
        return self.filter(status=ConsentRecord.Status.CONFIRMED, withdrawn_at__isnull=True)


class ConsentRecord(ClusterableModel):
    class Status(models.TextChoices):
        # Declared through the website's memorial request form, not yet checked with the
        # family by a consent officer: it does not allow publication.
        PENDING = "pending", _("Pending: to be confirmed with the family")
        CONFIRMED = "confirmed", _("Confirmed with the family")

    class Method(models.TextChoices):
        IN_PERSON = "in-person", _("In person")
        SIGNED_FORM = "signed-form", _("Signed form")
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Telephone call")
        MESSAGING = "messaging", _("Messaging application")
        OTHER = "other", _("Other")

    person = models.ForeignKey(
        "memorial.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="consents",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.CONFIRMED,
        help_text=_("Only a consent confirmed with the family allows the memorial to go live."),
    )
    given_by_name = models.CharField(_("given by (name)"), max_length=200)
    given_by_relationship = models.CharField(_("relationship to the victim"), max_length=100)
    given_by_contact = models.TextField(
        _("contact details"),
        max_length=1000,
        blank=True,
        help_text=_("Private. Never shown on the site."),
    )
    given_at = models.DateField(_("date consent was given"))
    obtained_how = models.CharField(
        _("how consent was obtained"), max_length=20, choices=Method.choices
    )
    notes = models.TextField(_("notes"), blank=True)

    show_name = models.BooleanField(_("may show the name"), default=True)
    show_portrait = models.BooleanField(_("may show the portrait"), default=False)
    show_biography = models.BooleanField(
        _("may show the biography and the family's words"), default=False
    )
    show_dates = models.BooleanField(_("may show the dates"), default=False)
    show_places = models.BooleanField(
        _("may show the places (birth, detention, origin)"), default=False
    )
    show_family_names = models.BooleanField(_("may show the parents' names"), default=False)

    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)
    withdrawn_how = models.CharField(
        _("how the withdrawal was received"),
        max_length=20,
        choices=Method.choices,
        blank=True,
        editable=False,
    )
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawal recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-given_at", "-pk"]
        permissions = [
            ("manage_consent", "Can see and change consent records, and withdraw consent")
        ]
        indexes = [models.Index(fields=["person", "withdrawn_at"])]

    def __str__(self):
        return _("Consent for %(person)s, %(date)s") % {
            "person": self.person,
            "date": self.given_at,
        }

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.CONFIRMED and self.withdrawn_at is None


class ConsentDocument(models.Model):
    consent = ParentalKey(
        ConsentRecord,
        verbose_name=_("consent"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="consent/%Y/%m/", max_length=255
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    panels = [FieldPanel("title"), FieldPanel("file", widget=PrivateFileInput)]

    class Meta:
        verbose_name = _("consent document")
        verbose_name_plural = _("consent documents")

    def __str__(self):
        return self.title
