"""sitemap.xml: every live page of every language with its live translations as alternates;
never an alias, a draft, a restricted page or a memorial without current consent."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from website.models import HomePage, StandardPage

from .conftest import add_news, bypass_withdrawal, make_memorial, translate

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap(client, path="/sitemap.xml"):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own output)


def entries(client) -> dict[str, dict[str, str]]:
    """{url: {hreflang: alternate url}} of a single-file sitemap."""
    root = sitemap(client)
    assert root.tag == f"{SM}urlset"
    found = {}
    for url in root.findall(f"{SM}url"):
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        assert all(link.get("rel") == "alternate" for link in url.findall(f"{XHTML}link"))
        found[url.findtext(f"{SM}loc")] = alternates
    return found


def all_locs(client) -> set[str]:
    root = sitemap(client)
    if root.tag == f"{SM}urlset":
        return {loc.text for loc in root.iter(f"{SM}loc")}
    locs = set()
    for part in root.findall(f"{SM}sitemap"):
        path = part.findtext(f"{SM}loc").removeprefix("http://localhost")
        part_root = sitemap(client, path)
        assert part_root.tag == f"{SM}urlset"
        locs |= {loc.text for loc in part_root.iter(f"{SM}loc")}
    return locs


def test_every_live_page_of_every_language_is_listed(demo, client):
    listed = entries(client)
    expected = {page.get_full_url() for page in Page.objects.live().filter(depth__gt=1)}
    assert len(expected) > 40  # four languages of the demo site
    assert set(listed) == expected
    for language in ("ar", "en", "fr", "de"):
        assert f"http://localhost/{language}/news/" in listed
        assert f"http://localhost/{language}/news/association-founded/" in listed


def test_each_page_lists_its_live_translations_as_alternates(demo, client):
    listed = entries(client)
    expected = {code: f"http://localhost/{code}/about/" for code in ("ar", "en", "fr", "de")}
    for url in expected.values():
        # …and the site's root, which sends each visitor to their language, as x-default.
        assert listed[url] == {**expected, "x-default": "http://localhost/"}


def test_unpublished_pages_and_their_alternates_disappear(demo, client):
    StandardPage.objects.get(slug="about", locale__language_code="fr").unpublish()
    listed = entries(client)
    assert "http://localhost/fr/about/" not in listed
    assert "fr" not in listed["http://localhost/en/about/"]
    draft = add_news("en", title="Not yet", publish=False)
    assert draft.get_full_url() not in entries(client)


def test_a_page_without_translations_has_no_alternates(demo, client):
    item = add_news("en", title="English only")
    assert entries(client)[item.get_full_url()] == {}
    translate(item, "ar", title="بالعربية أيضًا")
    assert set(entries(client)[item.get_full_url()]) == {"en", "ar", "x-default"}


def test_aliases_are_never_listed(demo, client):
    english_home = HomePage.objects.get(locale__language_code="en")
    german_home = HomePage.objects.get(locale__language_code="de")
    page = StandardPage(title="Only in English", slug="only-english")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    # The kind of alias wagtail-localize makes for an untranslated page in another locale.
    alias = page.create_alias(
        parent=german_home, update_locale=Locale.objects.get(language_code="de")
    )
    same_locale_alias = page.create_alias(parent=english_home, update_slug="only-english-copy")
    assert alias.live and same_locale_alias.live
    listed = entries(client)
    assert page.get_full_url() in listed
    assert alias.get_full_url() not in listed
    assert same_locale_alias.get_full_url() not in listed
    assert listed[page.get_full_url()] == {}  # an alias is not a translation either


def test_view_restricted_pages_are_not_listed(demo, client):
    page = StandardPage.objects.get(slug="contact", locale__language_code="de")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret-passphrase"
    )
    assert "http://localhost/de/contact/" not in entries(client)


def test_memorials_are_listed_only_while_consent_is_current(demo, client):
    memorial = make_memorial("en", name="Fictional sample one")
    translation = translate(memorial, "ar", title="نموذج متخيَّل")
    listed = entries(client)
    assert set(listed[memorial.get_full_url()]) == {"en", "ar", "x-default"}
    # Consent ends; even if a page stayed live by mistake, the sitemap drops every language.
    bypass_withdrawal(memorial)
    assert Page.objects.filter(pk__in=[memorial.pk, translation.pk], live=True).count() == 2
    listed = entries(client)
    assert memorial.get_full_url() not in listed
    assert translation.get_full_url() not in listed


def test_a_memorial_without_consent_is_never_listed(demo, client):
    memorial = make_memorial("fr", name="Sans consentement", consent=False)
    assert memorial.get_full_url() not in entries(client)


def test_sitemap_query_count_does_not_grow_with_pages(demo, client):
    client.get("/sitemap.xml")

    def queries():
        from django.core.cache import cache

        cache.clear()  # measure the view, not the page cache
        with CaptureQueriesContext(connection) as captured:
            client.get("/sitemap.xml")
        return len(captured)

    before = queries()
    for day in range(6):
        item = add_news("en", date=date(2030, 3, day + 1))
        translate(item, "fr")
    assert queries() == before


def test_large_sites_get_a_sitemap_index(demo, client, settings):
    single_file = set(entries(client))
    settings.SITEMAP_PAGE_SIZE = 10
    from django.core.cache import cache

    cache.clear()
    root = sitemap(client)
    assert root.tag == f"{SM}sitemapindex"
    parts = root.findall(f"{SM}sitemap")
    assert len(parts) == -(-len(single_file) // 10)
    assert all_locs(client) == single_file
    # Alternates still point across parts.
    part = sitemap(client, "/sitemap-1.xml")
    assert len(list(part.iter(f"{XHTML}link"))) > 0


@pytest.mark.parametrize("path", ["/sitemap-0.xml", "/sitemap-9999.xml", "/sitemap--1.xml"])
def test_sitemap_parts_out_of_range_are_not_found(demo, client, path):
    assert client.get(path).status_code == 404
