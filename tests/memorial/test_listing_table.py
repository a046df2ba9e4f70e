"""The memorial index's listing table is kept up to date: publishing, unpublishing, a
translation, a consent withdrawal or a change of the consent's scope change its rows at
once, within the consent's scope; the rebuild command gives the same rows."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from memorial.consent import withdraw_consent
from memorial.listing_table import rebuild_listing
from memorial.models import ConsentRecord, ListingEntry, MemorialPage

from .memorial_helpers import draft, index, published

pytestmark = pytest.mark.usefixtures("demo")

LANGUAGES = ("ar", "en", "fr", "de")


def _rows(page):
    """{language: row} of the memorial's person."""
    return {
        row.locale.language_code: row
        for row in ListingEntry.objects.filter(person_id=page.person_id).select_related("locale")
    }


def _snapshot():
    return sorted(
        ListingEntry.objects.values_list(
            "locale_id",
            "page_id",
            "translated",
            "name_searchable",
            "sort_name",
            "death_year",
            "death_month",
            "death_day",
            "governorate",
            "place_key",
        )
    )


def test_publishing_lists_the_memorial_in_every_language():
    page = draft("listed-on-publish", governorate="idlib")
    assert _rows(page) == {}
    published_page = published("listed-on-publish-2", governorate="idlib")["en"]
    rows = _rows(published_page)
    assert set(rows) == set(LANGUAGES)
    for code, row in rows.items():
        assert row.page_id == published_page.pk, code
        assert row.translated == (code == "en"), code
        assert row.name_searchable
        assert row.death_year == 2013 and row.death_month == 5
        assert row.governorate == "idlib"
    assert rows["en"].sort_name == "ziad testperson"
    assert rows["ar"].sort_name == "زياد الاختبار"  # Arabic readers sort on the family's writing


def test_publishing_a_translation_replaces_the_original_in_its_language():
    pages = published("translated-later")
    assert _rows(pages["en"])["fr"].page_id == pages["en"].pk
    translation = pages["en"].copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=False
    )
    translation.name_latin = "Ziad Personnetest"
    translation.save()
    assert _rows(pages["en"])["fr"].page_id == pages["en"].pk  # a draft changes nothing
    translation.save_revision().publish()
    rows = _rows(pages["en"])
    assert rows["fr"].page_id == translation.pk and rows["fr"].translated
    assert rows["fr"].sort_name == "ziad personnetest"
    assert rows["de"].page_id == pages["en"].pk and not rows["de"].translated


def test_unpublishing_takes_the_memorial_out_of_the_listing():
    pages = published("unpublished-later", translations=("fr",))
    MemorialPage.objects.get(pk=pages["fr"].pk).unpublish()
    rows = _rows(pages["en"])
    assert rows["fr"].page_id == pages["en"].pk  # back to the original
    MemorialPage.objects.get(pk=pages["en"].pk).unpublish()
    assert _rows(pages["en"]) == {}


def test_deleting_the_original_shows_the_translation_elsewhere():
    pages = published("deleted-later", translations=("fr",))
    MemorialPage.objects.get(pk=pages["en"].pk).delete()
    rows = _rows(pages["fr"])
    assert set(rows) == set(LANGUAGES)
    assert {row.page_id for row in rows.values()} == {pages["fr"].pk}


def test_consent_withdrawal_removes_every_row(client):
    pages = published("withdrawn-listing", translations=("ar", "fr"))
    record = ConsentRecord.objects.get(person=pages["en"].person)
    withdraw_consent(record, how="email", reason="family asked")
    assert _rows(pages["en"]) == {}
    html = client.get(index("en").url).content.decode()
    assert "withdrawn-listing" not in html


def test_a_narrower_consent_scope_empties_the_fields_at_once(client):
    pages = published("narrowed-scope", translations=("fr",), governorate="idlib")
    record = ConsentRecord.objects.get(person=pages["en"].person)
    record.show_name = False
    record.show_dates = False
    record.show_places = False
    record.save()
    for code, row in _rows(pages["en"]).items():
        assert not row.name_searchable, code
        assert row.sort_name is None, code
        assert (row.death_year, row.death_month, row.death_day) == (None, None, None), code
        assert row.governorate is None and row.place_key is None, code
    url = index("en").url
    assert "narrowed-scope" not in client.get(url + "?q=Ziad+Testperson").content.decode()
    assert "narrowed-scope" not in client.get(url, {"year": "2013"}).content.decode()
    assert "narrowed-scope" not in client.get(url, {"governorate": "idlib"}).content.decode()
    assert "narrowed-scope" in client.get(url).content.decode()  # still listed

    record.show_name = True
    record.show_dates = True
    record.save()
    rows = _rows(pages["en"])
    assert rows["en"].sort_name == "ziad testperson" and rows["en"].death_year == 2013
    assert rows["en"].governorate is None
    assert "narrowed-scope" in client.get(url + "?q=Ziad+Testperson").content.decode()


def test_a_pending_consent_does_not_list_the_memorial():
    pages = published("pending-consent")
    record = ConsentRecord.objects.get(person=pages["en"].person)
    record.status = ConsentRecord.Status.PENDING
    record.save()
    assert _rows(pages["en"]) == {}
    record.status = ConsentRecord.Status.CONFIRMED
    record.save()
    assert set(_rows(pages["en"])) == set(LANGUAGES)


def test_rebuilding_gives_the_rows_the_signals_keep():
    published("rebuilt-one", translations=("ar", "de"))
    pages = published("rebuilt-two", scope={"show_name": False, "show_dates": False})
    withdraw_consent(ConsentRecord.objects.get(person=pages["en"].person))
    kept = _snapshot()
    assert rebuild_listing() == len(kept)
    assert _snapshot() == kept
    ListingEntry.objects.all().delete()
    call_command("rebuild_memorial_listing", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _snapshot() == kept


def test_saving_a_draft_revision_leaves_the_rows_alone():
    page = published("draft-bookkeeping")["en"]
    row_pks = set(ListingEntry.objects.filter(person_id=page.person_id).values_list("pk"))
    assert row_pks
    page.name_latin = "Draft Only Name"
    page.save_revision()  # bookkeeping fields of the live row only
    assert set(ListingEntry.objects.filter(person_id=page.person_id).values_list("pk")) == row_pks
    # A real change of the live row still refreshes them.
    page = MemorialPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    assert set(ListingEntry.objects.filter(person_id=page.person_id).values_list("pk")) != row_pks


def test_withdrawal_refreshes_the_rows_once():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pages = published("withdraw-once", translations=("ar", "fr"))
    consent = ConsentRecord.objects.get(person_id=pages["en"].person_id)
    with CaptureQueriesContext(connection) as queries:
        withdraw_consent(consent)
    assert not ListingEntry.objects.filter(person_id=pages["en"].person_id).exists()
    table = ListingEntry._meta.db_table
    deletes = [q["sql"] for q in queries if q["sql"].startswith("DELETE") and table in q["sql"]]
    assert len(deletes) == 1  # one refresh, not one per unpublished translation
