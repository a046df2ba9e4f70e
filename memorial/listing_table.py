"""Keeping the memorial index's listing table (`ListingEntry`) up to date.

`refresh_listing(person_ids)` rebuilds the rows of those people from the public memorials
(`MemorialPage.objects.public()`) and each person's active consent (the most recent one in
force, the one a memorial card shows); `rebuild_listing()` rebuilds every row. Both are
called wherever what the public may see changes: see memorial/signals.py, the consent
withdrawal, the seeding command and `manage.py rebuild_memorial_listing`."""

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from wagtail.models import Locale

from .models import ConsentRecord, ListingEntry, MemorialPage, Person
from .models.consent import SCOPE_FIELDS

CHUNK = 500  # people per query (SQLite bounds the number of parameters)
PAGE_FIELDS = (
    "pk",
    "locale_id",
    "translation_key",
    "person_id",
    "name_native",
    "name_latin",
    "death_year",
    "death_month",
    "death_day",
    "governorate",
    "place_of_detention__translation_key",
)


def sort_name(page: dict, language: str) -> str:
    """The name the index sorts on for a reader of `language` (as the card shows it first)."""
    name = page["name_native"] if language == "ar" else page["name_latin"] or page["name_native"]
    return (name or "").lower()[:255]


def _active_consents(person_ids=None) -> dict[int, ConsentRecord]:
    consents = ConsentRecord.objects.active().order_by("person_id", "-given_at", "-pk")
    if person_ids is not None:
        consents = consents.filter(person_id__in=person_ids)
    by_person: dict[int, ConsentRecord] = {}
    for consent in consents.only("person_id", "given_at", *SCOPE_FIELDS):
        by_person.setdefault(consent.person_id, consent)
    return by_person


def _entries(pages: list[dict], consents: dict[int, ConsentRecord], locales) -> list[ListingEntry]:
    groups: dict = {}
    for page in pages:
        groups.setdefault(page["translation_key"], []).append(page)
    entries = []
    for key, group in groups.items():
        by_locale = {page["locale_id"]: page for page in group}
        original = min(group, key=lambda page: page["pk"])
        for locale_id, language in locales:
            page = by_locale.get(locale_id, original)
            consent = consents.get(page["person_id"])
            if consent is None:  # public() already requires one; never list without it
                continue
            dates = consent.show_dates
            places = consent.show_places
            entries.append(
                ListingEntry(
                    locale_id=locale_id,
                    person_id=page["person_id"],
                    translation_key=key,
                    page_id=page["pk"],
                    translated=page["locale_id"] == locale_id,
                    name_searchable=consent.show_name,
                    sort_name=sort_name(page, language) if consent.show_name else None,
                    death_year=page["death_year"] if dates else None,
                    death_month=page["death_month"] if dates else None,
                    death_day=page["death_day"] if dates else None,
                    governorate=(page["governorate"] or None) if places else None,
                    place_key=page["place_of_detention__translation_key"] if places else None,
                )
            )
    return entries


def _locales():
    return list(Locale.objects.order_by("pk").values_list("pk", "language_code"))


# Inside `deferred_refresh()`: the people whose rows wait for the one refresh at its end.
_deferred: ContextVar[set | None] = ContextVar("memorial_listing_deferred", default=None)


@contextmanager
def deferred_refresh():
    """Collect the refreshes asked for inside the block (one per unpublished translation,
    for instance) and run them once when it ends without an error."""
    if _deferred.get() is not None:  # already deferring: the outer block refreshes
        yield
        return
    pending: set[int] = set()
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    refresh_listing(pending)


def refresh_listing(person_ids: Iterable[int | None]) -> None:
    """Rebuild the listing rows of these people (in one transaction per chunk)."""
    ids = sorted({pk for pk in person_ids if pk is not None})
    if not ids:
        return
    if (pending := _deferred.get()) is not None:
        pending.update(ids)
        return
    locales = _locales()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        with transaction.atomic():
            # One refresh at a time per person: concurrent ones would both insert the rows.
            list(
                Person.objects.filter(pk__in=chunk)
                .order_by("pk")
                .select_for_update()
                .values_list("pk", flat=True)
            )
            ListingEntry.objects.filter(person_id__in=chunk).delete()
            pages = list(
                MemorialPage.objects.public().filter(person_id__in=chunk).values(*PAGE_FIELDS)
            )
            if pages:
                ListingEntry.objects.bulk_create(
                    _entries(pages, _active_consents(chunk), locales), batch_size=1000
                )


def rebuild_listing() -> int:
    """Rebuild every row; returns the number of rows."""
    with transaction.atomic():
        ListingEntry.objects.all().delete()
        pages = list(MemorialPage.objects.public().values(*PAGE_FIELDS))
        entries = _entries(pages, _active_consents(), _locales())
        ListingEntry.objects.bulk_create(entries, batch_size=2000)
    return len(entries)


def person_ids_of_pages(pages) -> list[int]:
    """The people of these pages (page objects or primary keys), memorials only."""
    pks = [getattr(page, "pk", page) for page in pages]
    return list(
        MemorialPage.objects.filter(pk__in=pks)
        .exclude(person_id=None)
        .values_list("person_id", flat=True)
        .distinct()
    )
