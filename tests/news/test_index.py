"""The news index: newest first, filters in the URL, pagination, and bad input."""

import re
from datetime import date

import pytest

from news.listing import PAGE_SIZE
from news.models import NewsPage, Organisation

from .conftest import LANGUAGES, add_news, news_index

DEMO_COUNT = 7


def card_titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<h2 class="news-card__title"><a href="[^"]+">([^<]+)</a></h2>', html)


def live_titles(language, **filters) -> list[str]:
    pages = NewsPage.objects.live().filter(locale__language_code=language, **filters)
    return list(
        pages.order_by("-date", "-first_published_at", "-pk").values_list("title", flat=True)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_lists_its_language_newest_first(demo, client, language):
    response = client.get(f"/{language}/news/")
    assert response.status_code == 200
    titles = card_titles(response)
    assert len(titles) == DEMO_COUNT
    assert titles == live_titles(language)
    # Newest first: the founding meetings of February 2018 come last.
    berlin = NewsPage.objects.get(
        locale__language_code=language, slug="berlin-preparatory-meetings"
    )
    assert titles[-1] == berlin.title


def test_index_shows_kind_date_and_place_in_the_readers_language(demo, client):
    html = client.get("/fr/news/").content.decode()
    assert '<time datetime="2018-02">février 2018</time>' in html  # month only: day unknown
    assert '<time datetime="2018-07-07">7 juillet 2018</time>' in html
    assert "Paris, France" in html


def test_filter_by_kind(demo, client):
    titles = card_titles(client.get("/en/news/?kind=statement"))
    assert titles == ["The Association of Caesar Families is founded"]
    assert card_titles(client.get("/en/news/?kind=visit")) == live_titles("en", kind="visit")
    assert len(card_titles(client.get("/en/news/?kind=visit"))) == 4


def test_filter_by_year(demo, client):
    titles = card_titles(client.get("/de/news/?year=2018"))
    assert titles == live_titles("de", date__year=2018)
    assert len(titles) == 2


def test_filter_by_organisation_in_the_readers_language(demo, client):
    fidh = Organisation.objects.get(acronym="FIDH", locale__language_code="ar")
    response = client.get(f"/ar/news/?organisation={fidh.pk}")
    titles = card_titles(response)
    assert set(titles) == set(
        NewsPage.objects.filter(
            locale__language_code="ar",
            slug__in=["berlin-preparatory-meetings", "paris-visit-human-rights-federation"],
        ).values_list("title", flat=True)
    )
    # The filter offers the Arabic names, and the chosen one stays selected.
    assert f'<option value="{fidh.pk}" selected>{fidh.name} (FIDH)</option>' in (
        response.content.decode()
    )


def test_organisation_filter_follows_translations(demo, client):
    """A French item that still points at the English organisation is found by the French one."""
    english = Organisation.objects.get(acronym="ICMP", locale__language_code="en")
    french = Organisation.objects.get(acronym="ICMP", locale__language_code="fr")
    add_news("fr", title="Point sur les disparus", date=date(2024, 3, 1), organisations=[english])
    titles = card_titles(client.get(f"/fr/news/?organisation={french.pk}"))
    assert "Point sur les disparus" in titles


def test_filters_combine_and_say_when_nothing_matches(demo, client):
    response = client.get("/en/news/?kind=event&year=2019")
    assert card_titles(response) == []
    assert "No news matches these filters." in response.content.decode()


def test_filtered_lists_are_not_indexed_by_search_engines(demo, client):
    assert 'name="robots" content="noindex' in client.get("/en/news/?kind=event").content.decode()
    assert 'name="robots"' not in client.get("/en/news/").content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "kind=nope",
        "kind=<script>alert(1)</script>",
        "year=abc",
        "year=1900",
        "year=٢٠١٩",  # Arabic-Indic digits are not a year in the URL
        "year=99999999999999999999999999",
        "organisation=-1",
        "organisation=999999",
        "organisation=1%00",
        "page=0",
        "page=-3",
        "page=999",
        "page=abc",
        "page=1e3",
        "page=" + "9" * 5000,
        "kind[]=visit",
        "%ZZ=%ZZ",
        "&&&==&",
        "kind=visit&kind=",
        "q=" + "ش" * 3000,
    ],
)
def test_bad_input_gives_the_normal_index(demo, client, query):
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 200
    assert card_titles(response) == live_titles("en")


def test_unpublished_and_other_language_items_are_not_listed(demo, client):
    draft = add_news("en", title="A draft that must not show", publish=False)
    add_news("fr", title="Seulement en français")
    titles = card_titles(client.get("/en/news/"))
    assert draft.title not in titles
    assert "Seulement en français" not in titles


def test_pagination_keeps_the_filters_and_out_of_range_gives_page_one(demo, client):
    created = [
        add_news("en", date=date(2030, 1, day + 1), kind="visit") for day in range(PAGE_SIZE)
    ]
    first = client.get("/en/news/?kind=visit")
    assert len(card_titles(first)) == PAGE_SIZE
    assert card_titles(first)[0] == created[-1].title  # the newest
    html = first.content.decode()
    assert 'href="?kind=visit&amp;page=2#news-results" rel="next"' in html
    second = client.get("/en/news/?kind=visit&page=2")
    assert card_titles(second) == live_titles("en", kind="visit")[PAGE_SIZE:]
    assert 'href="?kind=visit#news-results" rel="prev"' in second.content.decode()
    assert card_titles(client.get("/en/news/?kind=visit&page=3")) == card_titles(first)


def test_lead_images_come_at_the_size_shown_as_webp(demo, client, make_image):
    image = make_image()
    add_news("en", title="With a picture", date=date(2031, 1, 1), lead_image=image)
    html = client.get("/en/news/").content.decode()
    img = re.search(r'<img [^>]*class="news-card__image"[^>]*>', html).group(0)
    assert 'alt=""' in img  # beside its title, the picture is decorative
    assert 'loading="lazy"' in img
    assert "sizes=" in img
    widths = re.findall(r"\.webp (\d+)w", img)
    assert widths and max(int(width) for width in widths) <= 960
    assert ".jpg" not in img


def test_index_query_count_does_not_grow_with_items(demo, client, make_image):
    """Every card shows a lead image and every item links organisations (what a row may
    cost), and adding items adds no query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    organisations = list(Organisation.objects.filter(locale__language_code="en")[:3])

    def add_visit(day):
        image = make_image(title=f"Visit {day}", size=(960, 540))
        return add_news(
            "en",
            kind="visit",
            date=date(2032, 1, day),
            lead_image=image,
            organisations=organisations,
        )

    def queries_for_index():
        client.get("/en/news/?kind=visit")  # renditions of new images are made once, here
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/en/news/?kind=visit")
            assert response.status_code == 200
        return len(captured), response

    add_visit(1)
    before, _response = queries_for_index()
    added = [add_visit(day) for day in range(2, 7)]
    after, response = queries_for_index()
    assert after == before

    # The cards really show the images: one per item with a lead image, each its own file.
    cards = re.findall(
        r'<article class="card news-card">(.*?)</article>', response.content.decode(), re.S
    )
    with_image = NewsPage.objects.live().filter(
        locale__language_code="en", kind="visit", lead_image__isnull=False
    )
    assert sum('class="news-card__image"' in card for card in cards) == with_image.count() >= 6
    for item in added:
        (card,) = [card for card in cards if f">{item.title}</a>" in card]
        renditions = item.lead_image.renditions.filter(file__endswith=".webp")
        assert renditions.exists()
        assert all(rendition.url in card for rendition in renditions)


def test_index_without_items_still_renders(demo, client):
    NewsPage.objects.filter(locale__language_code="de").delete()
    response = client.get("/de/news/")
    assert response.status_code == 200
    assert card_titles(response) == []
    assert news_index("de").title in response.content.decode()
