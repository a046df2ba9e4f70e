"""The memorial page: one per person and language.

Translated (each language writes its own): the Latin-script name, the place of birth, the
biography and the family's words, and the place of detention (pointing at that language's
version of the snippet). Synchronised across translations (one fact for every language): the
person (and so the consent), the name as the family writes it, other names, the parents'
names, the portrait, the dates, the governorate, the Caesar-photographs fact.

The publication gate lives here, in the model: `publish()` refuses a revision whose person has
no active consent (this covers the publish button, workflow approval, scheduled publishing,
`revision.publish()`, wagtail-localize and bulk publishing, which all end in `publish()`),
and `save()` refuses to write a memorial that becomes live without consent (copies and any
path that sets `live` by hand)."""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.blocks import PARAGRAPH_FEATURES

from ..panels import ConsentPanel
from ..refusals import note_refusal
from .consent import ConsentRecord
from .dates import ApproximateDate, approximate_date_fields, validate_order
from .person import Person
from .places import Governorate

# The fields the name search keys are computed from.
NAME_FIELDS = frozenset({"name_native", "name_latin", "other_names"})


class ConsentRequired(ValidationError):
    """Raised when something tries to make a memorial live that its consent does not allow
    (see MemorialPage.publication_refusal)."""

    def __init__(self, message=None):
        message = message or str(CONSENT_REQUIRED_MESSAGE)
        # A non-field error (error_dict), the form wagtail-localize expects of a refusal.
        super().__init__({NON_FIELD_ERRORS: [ValidationError(message, code="consent_required")]})
        note_refusal(message)  # so that an admin view that catches this still explains


CONSENT_REQUIRED_MESSAGE = _(
    "This memorial cannot be published: there is no current consent from the family. "
    "Someone with the consent permission must record the family's consent first."
)
NAME_IN_ADDRESS_MESSAGE = _(
    "This memorial cannot be published: the family did not allow the name to be shown, so "
    "the page's address must not carry it either. Choose a slug without the name (Promote "
    "tab), for example “%(slug)s”, and publish again."
)


# Set on the admin page listing's pages by memorial/wagtail_hooks.py.
CONSENT_ANNOTATION = "memorial_consent_current"


def neutral_slug(person_id) -> str:
    """An address for a memorial whose name is withheld: nothing in it says who it is."""
    return f"memorial-{person_id}"


def active_consent_exists():
    return Exists(ConsentRecord.objects.active().filter(person=OuterRef("person_id")))


class MemorialPageQuerySet(PageQuerySet):
    def with_active_consent(self):
        return self.filter(active_consent_exists())

    def public(self):
        """Live memorials, without view restrictions, whose person has an active consent:
        the only queryset any public listing, feed or sitemap may use."""
        return super().public().live().with_active_consent()

    def for_listing(self):
        """What a list of memorials needs, in a fixed number of queries."""
        from wagtail.images import get_image_model

        return self.select_related("locale", "place_of_detention", "person").prefetch_related(
            Prefetch(
                "person__consents",
                queryset=ConsentRecord.objects.active().order_by("-given_at", "-pk"),
                to_attr="active_consents",
            ),
            Prefetch(
                "portrait",
                queryset=get_image_model().objects.prefetch_renditions("fill-160x200"),
            ),
        )


MemorialPageManager = PageManager.from_queryset(MemorialPageQuerySet)


@dataclass
class Shown:
    """What the public may see of a memorial: every field outside the consent's scope is
    None here, so templates (page, metadata, listings) cannot render it by mistake."""

    name: str | None = None
    name_latin: str | None = None
    other_names: list[str] | None = None
    father_name: str | None = None
    mother_name: str | None = None
    portrait: Any = None
    birth: ApproximateDate | None = None
    arrest: ApproximateDate | None = None
    death: ApproximateDate | None = None
    place_of_birth: str | None = None
    place_of_detention: Any = None
    governorate: str | None = None
    biography: str | None = None
    family_words: str | None = None
    identified_in_caesar_photographs: bool = False

    @property
    def display_name(self):
        return self.name or _("Name withheld at the family's request")

    def names_for(self, language) -> tuple[str, str]:
        """(the name to show first, the other script's name) for a reader of `language`:
        the family's own writing in Arabic, the Latin-script name elsewhere when known."""
        if not self.name:
            return str(self.display_name), ""
        if language == "ar" or not self.name_latin:
            first, second = self.name, self.name_latin
        else:
            first, second = self.name_latin, self.name
        return first, (second if second and second != first else "")

    @property
    def has_places(self):
        return bool(self.place_of_birth or self.place_of_detention or self.governorate)


class MemorialPage(Page):
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memorial_pages",
        help_text=_("Created automatically; shared by every translation of this memorial."),
    )
    name_native = models.CharField(
        _("name as the family writes it"),
        max_length=255,
        help_text=_("Usually in Arabic script."),
    )
    name_latin = models.CharField(_("name in Latin script"), max_length=255, blank=True)
    other_names = models.TextField(
        _("other names or spellings"), blank=True, help_text=_("One per line.")
    )
    father_name = models.CharField(_("father's first name"), max_length=100, blank=True)
    mother_name = models.CharField(_("mother's first name"), max_length=100, blank=True)
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Only a portrait the family chose. Never a photograph from the Caesar files. "
            "Give the image a description: it is the portrait's alternative text."
        ),
    )
    birth_year, birth_month, birth_day = approximate_date_fields(_("Date of birth"))
    place_of_birth = models.CharField(_("place of birth"), max_length=200, blank=True)
    arrest_year, arrest_month, arrest_day = approximate_date_fields(_("Date of arrest"))
    place_of_detention = models.ForeignKey(
        "memorial.PlaceOfDetention",
        verbose_name=_("place of detention"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    death_year, death_month, death_day = approximate_date_fields(_("Date of death"))
    governorate = models.CharField(
        _("place of origin (governorate)"),
        max_length=30,
        choices=Governorate.choices,
        blank=True,
    )
    biography = RichTextField(_("biography"), blank=True, features=PARAGRAPH_FEATURES)
    family_words = RichTextField(_("the family's words"), blank=True, features=PARAGRAPH_FEATURES)
    identified_in_caesar_photographs = models.BooleanField(
        _("identified among the Caesar photographs"),
        default=False,
        help_text=_("Shown as a sentence only. The photographs themselves are never shown."),
    )
    is_fictional_sample = models.BooleanField(
        _("fictional sample"),
        default=False,
        help_text=_("Demo content: marked as a fictional sample on the page and in the admin."),
    )
    # Normalised names for the name search, filled in save().
    search_keys = models.TextField(blank=True, editable=False)

    objects = MemorialPageManager()

    override_translatable_fields = [
        SynchronizedField("person", overridable=False),
        SynchronizedField("name_native", overridable=False),
        TranslatableField("name_latin"),
        SynchronizedField("other_names", overridable=False),
        SynchronizedField("father_name", overridable=False),
        SynchronizedField("mother_name", overridable=False),
        SynchronizedField("portrait", overridable=False),
        SynchronizedField("birth_year", overridable=False),
        SynchronizedField("birth_month", overridable=False),
        SynchronizedField("birth_day", overridable=False),
        TranslatableField("place_of_birth"),
        SynchronizedField("arrest_year", overridable=False),
        SynchronizedField("arrest_month", overridable=False),
        SynchronizedField("arrest_day", overridable=False),
        TranslatableField("place_of_detention"),
        SynchronizedField("death_year", overridable=False),
        SynchronizedField("death_month", overridable=False),
        SynchronizedField("death_day", overridable=False),
        SynchronizedField("governorate", overridable=False),
        TranslatableField("biography"),
        TranslatableField("family_words"),
        SynchronizedField("identified_in_caesar_photographs", overridable=False),
        SynchronizedField("is_fictional_sample", overridable=False),
    ]

    content_panels = [
        ConsentPanel(heading=_("Family consent")),
        FieldPanel("title", help_text=_("Shown in the admin; the public sees the name.")),
        MultiFieldPanel(
            [
                FieldPanel("name_native"),
                FieldPanel("name_latin"),
                FieldPanel("other_names"),
                FieldRowPanel([FieldPanel("father_name"), FieldPanel("mother_name")]),
            ],
            heading=_("Names"),
        ),
        FieldPanel("portrait"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("birth_year"), FieldPanel("birth_month"), FieldPanel("birth_day")]
                ),
                FieldPanel("place_of_birth"),
                FieldRowPanel(
                    [
                        FieldPanel("arrest_year"),
                        FieldPanel("arrest_month"),
                        FieldPanel("arrest_day"),
                    ]
                ),
                FieldPanel("place_of_detention"),
                FieldRowPanel(
                    [FieldPanel("death_year"), FieldPanel("death_month"), FieldPanel("death_day")]
                ),
                FieldPanel("governorate"),
            ],
            heading=_("Dates and places"),
        ),
        FieldPanel("biography"),
        FieldPanel("family_words"),
        FieldPanel("identified_in_caesar_photographs"),
        FieldPanel("is_fictional_sample"),
    ]

    # Wagtail's own fields only (the admin finds memorials by title). The public name search
    # is the memorial index's, on `search_keys`, limited to consents that show the name.
    search_fields = Page.search_fields

    parent_page_types = ["memorial.MemorialIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("memorial")
        verbose_name_plural = _("memorials")
        indexes = [
            models.Index(fields=["death_year"]),
            models.Index(fields=["governorate"]),
        ]

    def __str__(self):
        return self.title

    # --- Dates -------------------------------------------------------------------------

    @property
    def birth(self):
        return ApproximateDate.of(self, "birth")

    @property
    def arrest(self):
        return ApproximateDate.of(self, "arrest")

    @property
    def death(self):
        return ApproximateDate.of(self, "death")

    def clean(self):
        super().clean()
        errors = {}
        for prefix in ("birth", "arrest", "death"):
            problems = ApproximateDate.of(self, prefix).errors()
            if problems:
                errors[f"{prefix}_year"] = problems
        if errors:
            raise ValidationError(errors)
        validate_order(
            self.birth,
            self.death,
            "death_year",
            _("The date of death is before the date of birth. Please check both dates."),
        )
        validate_order(
            self.birth,
            self.arrest,
            "arrest_year",
            _("The date of arrest is before the date of birth. Please check both dates."),
        )
        validate_order(
            self.arrest,
            self.death,
            "death_year",
            _("The date of death is before the date of arrest. Please check both dates."),
        )

    # --- Consent -----------------------------------------------------------------------

    @cached_property
    def consent(self):
        return self.person.active_consent if self.person_id else None

    def has_active_consent(self) -> bool:
        return self.consent is not None

    def shown(self, consent=None, preview=False) -> Shown:
        """The fields this memorial may show under `consent` (its active consent by default).
        Without a consent nothing is shown, except in an editor's preview."""
        consent = consent or self.consent
        if consent is None and not preview:
            return Shown()
        allow = (lambda name: True) if consent is None else (lambda name: getattr(consent, name))
        shown = Shown()
        if allow("show_name"):
            shown.name = self.name_native
            shown.name_latin = self.name_latin
            shown.other_names = [
                line.strip() for line in self.other_names.splitlines() if line.strip()
            ]
        if allow("show_family_names"):
            shown.father_name = self.father_name
            shown.mother_name = self.mother_name
        if allow("show_portrait"):
            shown.portrait = self.portrait
        if allow("show_dates"):
            shown.birth, shown.arrest, shown.death = self.birth, self.arrest, self.death
        if allow("show_places"):
            shown.place_of_birth = self.place_of_birth
            shown.place_of_detention = self.place_of_detention
            shown.governorate = self.get_governorate_display() if self.governorate else None
        if allow("show_biography"):
            shown.biography = self.biography
            shown.family_words = self.family_words
            shown.identified_in_caesar_photographs = self.identified_in_caesar_photographs
        return shown

    def public_name(self) -> str:
        """The name a link to this memorial shows, as its own page does: within the consent's
        scope, never the admin title (which may hold a name the family keeps private)."""
        return self.shown().names_for(self.locale.language_code)[0]

    def publication_refusal(self) -> str | None:
        """Why this version of the memorial may not go live, in the active language, or None.
        The one rule behind every path that makes a memorial live: an active consent must
        exist, and where it withholds the name, the address (slug) must not carry it, in
        any spelling."""
        consent = (
            ConsentRecord.objects.active()
            .filter(person_id=self.person_id)
            .order_by("-given_at", "-pk")
            .only("show_name")
            .first()
            if self.person_id is not None
            else None
        )
        if consent is None:
            return str(CONSENT_REQUIRED_MESSAGE)
        if not consent.show_name and self.address_carries_name():
            return NAME_IN_ADDRESS_MESSAGE % {"slug": neutral_slug(self.person_id)}
        return None

    def address_carries_name(self) -> bool:
        from memorial.name_search import carries_name  # imported late: it imports this app

        return carries_name(self.slug, self.name_native, self.name_latin, self.other_names)

    def publish(self, revision, *args, **kwargs):
        candidate = revision.as_object()
        scheduled = candidate.go_live_at and candidate.go_live_at > timezone.now()
        # Scheduling only records a date; the check runs again when the date comes.
        if not scheduled and (refusal := candidate.publication_refusal()):
            raise ConsentRequired(refusal)
        return super().publish(revision, *args, **kwargs)

    def save(self, *args, **kwargs):
        if self.person_id is None:
            self.person = Person.objects.create(label=self.name_native[:255])
        update_fields = kwargs.get("update_fields")
        # Only a save that writes the names recomputes their keys: save_revision() saves the
        # live row (its bookkeeping fields only) with a draft's names in memory, and those
        # must not become searchable before they are published.
        if update_fields is None or NAME_FIELDS.intersection(update_fields):
            self.search_keys = _search_keys(self)
            if update_fields is not None and "search_keys" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "search_keys"]
        sets_live = self.live and (update_fields is None or "live" in update_fields)
        if sets_live and (refusal := self.publication_refusal()):
            if self.pk is None:
                # A new page (Page.live defaults to True, a copy may keep it) starts as a
                # draft: it is never written live without consent.
                self.live = False
                self.live_revision = None
            elif not type(self).objects.filter(pk=self.pk, live=True).exists():
                raise ConsentRequired(refusal)
        return super().save(*args, **kwargs)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_fictional_sample:
            title = _("%(title)s (fictional sample)") % {"title": title}
        # The consent state at a glance in the admin's page listings (which annotate it).
        consented = getattr(self, CONSENT_ANNOTATION, None)
        if not (self.has_active_consent() if consented is None else consented):
            title = _("%(title)s – no current consent") % {"title": title}
        return title

    # --- Page ----------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from memorial.page_context import memorial_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(memorial_page_context(self, request))
        return context


def _search_keys(page) -> str:
    from memorial.name_search import search_keys_for  # imported late: it imports this app

    return search_keys_for(page.name_native, page.name_latin, page.other_names)
