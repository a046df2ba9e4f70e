"""Atom (and RSS) feeds per language: well-formed, complete, only that language's items,
cached per language, linked from every page's <head>."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from news.models import NewsIndexPage, NewsPage

from .conftest import LANGUAGES, add_news

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def atom(client, language):
    response = client.get(f"/{language}/feeds/news.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content), response  # noqa: S314 (our own output)


def entry_titles(feed) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_atom_feed_has_every_required_element(demo, client, language):
    feed, _response = atom(client, language)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == language
    for name in ("id", "title", "updated"):
        assert (feed.findtext(f"{ATOM}{name}") or "").strip(), f"feed has no {name}"
    # An author for the feed (or else one per entry) is required too.
    assert feed.find(f"{ATOM}author/{ATOM}name").text.strip()
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == f"http://localhost/{language}/feeds/news.atom"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 7
    ids = set()
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{name}") or "").strip(), f"entry has no {name}"
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        assert link.get("href").startswith(f"http://localhost/{language}/news/")
        ids.add(entry.findtext(f"{ATOM}id"))
    assert len(ids) == len(entries)  # ids are unique


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_holds_only_its_own_language(demo, client, language):
    feed, _response = atom(client, language)
    own = NewsPage.objects.live().filter(locale__language_code=language)
    assert set(entry_titles(feed)) == set(own.values_list("title", flat=True))
    others = NewsPage.objects.exclude(locale__language_code=language).values_list(
        "title", flat=True
    )
    assert not set(entry_titles(feed)) & set(others)


def test_entry_links_open_the_item(demo, client):
    feed, _response = atom(client, "ar")
    href = feed.find(f"{ATOM}entry/{ATOM}link").get("href")
    response = client.get(href.removeprefix("http://localhost"))
    assert response.status_code == 200
    # Every link is the item's own full URL.
    for entry in feed.findall(f"{ATOM}entry"):
        item = NewsPage.objects.get(
            locale__language_code="ar", title=entry.find(f"{ATOM}title").text
        )
        assert entry.find(f"{ATOM}link").get("href") == item.get_full_url()


def test_feed_query_count_does_not_grow_with_items(demo, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_feed():
        # Publishing empties the page cache, so this request builds the feed.
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/feeds/news.atom").status_code == 200
        return len(captured)

    atom(client, "fr")  # warm up what every request loads once
    add_news("en", date=date(2033, 1, 1))
    before = queries_for_feed()
    for day in range(2, 7):
        add_news("en", date=date(2033, 1, day))
    assert queries_for_feed() == before


def test_unpublished_items_leave_the_feed_at_once(demo, client):
    item = add_news("fr", title="Brève à retirer", date=date(2030, 1, 1))
    assert "Brève à retirer" in entry_titles(atom(client, "fr")[0])
    item.unpublish()
    assert "Brève à retirer" not in entry_titles(atom(client, "fr")[0])


def test_feeds_are_cached_per_language(demo, client):
    english, first = atom(client, "en")
    french, _ = atom(client, "fr")
    english_again, again = atom(client, "en")
    assert again["X-Page-Cache"] == "hit"
    assert entry_titles(english_again) == entry_titles(english)
    assert set(entry_titles(french)).isdisjoint(entry_titles(english))
    french_again, cached = atom(client, "fr")
    assert cached["X-Page-Cache"] == "hit"
    assert entry_titles(french_again) == entry_titles(french)


def test_markup_in_a_summary_stays_text(demo, client):
    add_news(
        "en", title="<b>Bold</b> & co", summary="<script>alert(1)</script>", date=date(2030, 2, 2)
    )
    feed, response = atom(client, "en")
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "<b>Bold</b> & co"  # a text construct: as typed
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # Read as HTML, the summary is escaped text, not a script.
    assert summary.text == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert b"<script>" not in response.content


def test_rss_feed_is_well_formed_and_in_one_language(demo, client):
    response = client.get("/de/feeds/news.rss")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own output)
    assert channel.findtext("language") == "de"
    titles = {item.findtext("title") for item in channel.findall("item")}
    german = NewsPage.objects.live().filter(locale__language_code="de")
    assert titles == set(german.values_list("title", flat=True))


def test_a_language_without_news_index_has_no_feed(demo, client):
    NewsIndexPage.objects.get(locale__language_code="de").unpublish()
    assert client.get("/de/feeds/news.atom").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_its_languages_feed(demo, client, language):
    html = client.get(f"/{language}/about/").content.decode()
    assert (
        f'<link rel="alternate" type="application/atom+xml" href="/{language}/feeds/news.atom"'
        in html
    )
