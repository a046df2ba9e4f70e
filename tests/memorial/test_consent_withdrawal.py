"""Withdrawal takes the memorial down in every language, from the index, the name search,
the sitemap and the page cache, in one action; the record is kept and the act is logged."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageLogEntry

from memorial.consent import withdraw_consent
from memorial.models import ConsentRecord, MemorialPage
from tests.accounts_helpers import assert_refused, login_verified

from .memorial_helpers import consent, published, user

pytestmark = pytest.mark.usefixtures("demo")

LANGUAGES = ("en", "ar", "fr", "de")


@pytest.fixture
def memorial():
    return published("withdraw-me", translations=("ar", "fr", "de"), name_latin="Zakaria Unique")


def _record(page):
    return ConsentRecord.objects.get(person=page.person, withdrawn_at__isnull=True)


def test_every_translation_is_unpublished(memorial, client):
    for code, page in memorial.items():
        assert client.get(page.url).status_code == 200, code
    withdraw_consent(_record(memorial["en"]), how="email", reason="family asked")
    for code, page in memorial.items():
        assert not MemorialPage.objects.get(pk=page.pk).live, code
        assert client.get(page.url).status_code == 404, code


def test_cached_copies_are_purged(memorial, client):
    first = client.get(memorial["fr"].url)
    assert first["X-Page-Cache"] == "miss"
    assert client.get(memorial["fr"].url)["X-Page-Cache"] == "hit"
    withdraw_consent(_record(memorial["en"]))
    assert client.get(memorial["fr"].url).status_code == 404


class RecordingCdn(BaseBackend):
    """A front-end cache backend that only notes what it was asked to purge."""

    purged: list[str] = []

    def purge(self, url):
        RecordingCdn.purged.append(url)


def test_a_cdn_is_purged_of_the_pages_and_indexes_and_never_holds_lists(memorial, client, settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingCdn"}}
    RecordingCdn.purged = []
    index_url = memorial["en"].get_parent().url
    client.get(index_url)
    # What a CDN may keep: a page and an index; never a search, a filtered list, a sitemap.
    assert "public" in client.get(index_url)["Cache-Control"]
    for private in (index_url + "?q=Zakaria", index_url + "?governorate=homs", "/sitemap.xml"):
        assert "private" in client.get(private)["Cache-Control"], private
    from news.models import NewsPage, NewsPageMemorial

    news_item = NewsPage.objects.live().filter(locale__language_code="fr").first()
    NewsPageMemorial.objects.create(page=news_item, memorial=memorial["en"])
    withdraw_consent(_record(memorial["en"]))
    purged = set(RecordingCdn.purged)
    for code, page in memorial.items():
        assert page.full_url in purged, code
        index = memorial["en"].get_parent().get_translation(page.locale)
        assert index.full_url in purged and index.get_parent().full_url in purged, code
    assert news_item.full_url in purged


def test_the_index_and_the_search_forget_it(memorial, client):
    for code in LANGUAGES:
        index_url = memorial["en"].get_parent().get_translation(memorial[code].locale).url
        assert b"withdraw-me" in client.get(index_url).content
        assert b"withdraw-me" in client.get(index_url + "?q=Zakaria").content
    withdraw_consent(_record(memorial["en"]))
    for code in LANGUAGES:
        index_url = memorial["en"].get_parent().get_translation(memorial[code].locale).url
        assert b"withdraw-me" not in client.get(index_url).content
        assert b"withdraw-me" not in client.get(index_url + "?q=Zakaria").content


def test_public_queryset_and_sitemap_forget_it(memorial, client):
    assert MemorialPage.objects.public().filter(person=memorial["en"].person).count() == 4
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in memorial.values():
        assert f"{page.url}</loc>" in sitemap
    withdraw_consent(_record(memorial["en"]))
    assert not MemorialPage.objects.public().filter(person=memorial["en"].person).exists()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "withdraw-me" not in sitemap


def test_record_kept_and_audit_logged(memorial):
    record = _record(memorial["en"])
    withdraw_consent(record, how="phone", reason="private reason")
    record.refresh_from_db()
    assert record.withdrawn_at is not None and record.withdrawn_how == "phone"
    for page in memorial.values():
        assert PageLogEntry.objects.filter(page=page, action="memorial.consent_withdrawn").exists()


def test_regranting_does_not_republish(memorial):
    person = memorial["en"].person
    withdraw_consent(_record(memorial["en"]))
    consent(person)
    assert not MemorialPage.objects.filter(person=person, live=True).exists()


def test_admin_withdrawal_needs_the_permission(memorial, client):
    record = _record(memorial["en"])
    url = reverse("memorial_withdraw_consent", args=[record.pk])
    login_verified(client, user("no-consent-perm", group="Moderators"))
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"how": "email", "confirm": "on"}))
    assert MemorialPage.objects.get(pk=memorial["en"].pk).live


def test_admin_withdrawal_asks_for_confirmation_then_acts(memorial, client):
    record = _record(memorial["en"])
    url = reverse("memorial_withdraw_consent", args=[record.pk])
    login_verified(client, user("consent-manager", consent_permission=True))
    page = client.get(url)
    assert page.status_code == 200 and b"Test person" in page.content
    client.post(url, {"how": "email"})  # no confirmation ticked: nothing happens
    assert MemorialPage.objects.get(pk=memorial["en"].pk).live
    response = client.post(url, {"how": "email", "reason": "asked", "confirm": "on"})
    assert response.status_code == 302
    assert not MemorialPage.objects.filter(person=memorial["en"].person, live=True).exists()


def test_consent_ledger_is_hidden_without_the_permission(memorial, client):
    login_verified(client, user("editor-ledger"))
    assert_refused(client.get(reverse("memorial_consent:index")))
    record = _record(memorial["en"])
    assert_refused(client.get(reverse("memorial_consent:edit", args=[record.pk])))
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[memorial["en"].pk]))
    assert b"Secret Relative Name" not in editor_page.content
    assert b"secret contact" not in editor_page.content


def test_consent_ledger_is_shown_with_the_permission(memorial, client):
    manager = user("ledger-manager", consent_permission=True)
    manager.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login_verified(client, manager)
    assert client.get(reverse("memorial_consent:index")).status_code == 200
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[memorial["en"].pk]))
    assert b"Secret Relative Name" in editor_page.content


def test_narrowing_the_scope_updates_cached_pages(memorial, client):
    url = memorial["en"].url
    assert b"Qwertyuiop" in client.get(url).content
    assert client.get(url)["X-Page-Cache"] == "hit"
    record = _record(memorial["en"])
    record.show_biography = False
    record.save()
    assert b"Qwertyuiop" not in client.get(url).content


def test_admin_listing_shows_the_consent_state(memorial):
    page = MemorialPage.objects.get(pk=memorial["en"].pk)
    assert "no current consent" not in page.get_admin_display_title()
    withdraw_consent(_record(page))
    page = MemorialPage.objects.get(pk=memorial["en"].pk)
    assert "no current consent" in page.get_admin_display_title()
