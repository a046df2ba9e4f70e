"""The memorial page and index: consent scope never leaks (page, metadata, index, search),
bad input gives a normal page, query counts stay flat, candles, approximate dates, demo."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from memorial.listing import PAGE_SIZE
from memorial.models import ApproximateDate, MemorialPage

from .memorial_helpers import draft, index, published

pytestmark = pytest.mark.usefixtures("demo")

HIDDEN_SCOPE = {
    "show_name": False,
    "show_portrait": False,
    "show_biography": False,
    "show_dates": False,
    "show_places": False,
    "show_family_names": False,
}
SECRETS = [
    "زياد الاختبار",
    "Ziad Testperson",
    "Qwertyuiop",
    "Asdfghjkl",
    "Fatherzed",
    "Motherzed",
    "Zxcvbnm",
    "1980",
    "2013",
    "Secret Relative Name",
    "secret contact",
]


def _portrait():
    from memorial.demo import _portrait as make

    return make(99, {})


def test_nothing_outside_the_scope_reaches_the_page_or_its_metadata(client):
    page = published("hidden", scope=HIDDEN_SCOPE, portrait=_portrait())["en"]
    html = client.get(page.url).content.decode()
    for secret in SECRETS:
        assert secret not in html, secret
    assert "og:image" not in html and "fictional-sample-100" not in html
    assert "Name withheld" in html


def test_a_portrait_shown_without_the_name_does_not_name_the_person_in_its_alt_text(client):
    portrait = _portrait()
    portrait.description = "Ziad Testperson at his graduation"
    portrait.save()
    scope = {**HIDDEN_SCOPE, "show_portrait": True}
    page = published("portrait-only", scope=scope, portrait=portrait)["en"]
    html = client.get(page.url).content.decode()
    assert 'alt="Portrait chosen by the family"' in html
    assert "Ziad" not in html and "graduation" not in html


def test_each_scope_shows_only_its_fields(client):
    scope = {**HIDDEN_SCOPE, "show_name": True, "show_dates": True}
    page = published("partly", scope=scope, portrait=_portrait())["en"]
    html = client.get(page.url).content.decode()
    assert "Ziad Testperson" in html and "1980" in html
    for secret in ["Qwertyuiop", "Asdfghjkl", "Fatherzed", "Zxcvbnm", "og:image"]:
        assert secret not in html, secret
    meta = " ".join(re.findall(r"<meta[^>]+>", html))
    assert "Ziad Testperson" in meta and "Qwertyuiop" not in meta


def test_full_scope_shows_everything_with_metadata(client):
    page = published("full", portrait=_portrait())["en"]
    html = client.get(page.url).content.decode()
    for shown in ["Ziad Testperson", "Qwertyuiop", "Asdfghjkl", "Fatherzed", "Zxcvbnm"]:
        assert shown in html
    assert 'property="og:image"' in html and 'name="twitter:card"' in html
    assert "Secret Relative Name" not in html and "secret contact" not in html
    assert re.search(r'<img class="memorial__portrait"[^>]+alt="[^"]+"', html)


def test_index_and_search_respect_the_scope(client):
    published("hidden-index", scope=HIDDEN_SCOPE, portrait=_portrait())
    html = client.get(index("en").url).content.decode()
    assert "hidden-index" in html  # listed …
    start = html.rindex("<li", 0, html.index("hidden-index"))
    card = html[start : html.index("</li>", start)]
    for secret in SECRETS:
        assert secret not in card, secret  # … without anything outside the scope
    # A name the family did not allow to be shown cannot be found by name.
    found = client.get(index("en").url + "?q=Ziad+Testperson").content.decode()
    assert "hidden-index" not in found


def test_a_draft_name_is_not_searchable_before_it_is_published(client):
    page = published("draft-name")["en"]
    page.name_latin = "Quillon Draftperson"
    page.other_names = "Zebulon Draftalias"
    page.save_revision()  # a draft of the live page, not published
    url = index("en").url
    assert "draft-name" in client.get(url, {"q": "Ziad Testperson"}).content.decode()
    for draft_name in ("Quillon Draftperson", "Zebulon Draftalias"):
        assert "draft-name" not in client.get(url, {"q": draft_name}).content.decode()
    # Once published, the new name is found.
    MemorialPage.objects.get(pk=page.pk).get_latest_revision().publish()
    assert "draft-name" in client.get(url, {"q": "Quillon Draftperson"}).content.decode()


def test_untranslated_memorial_is_listed_in_its_original_language(client):
    published("only-arabic", code="ar")
    html = client.get(index("de").url).content.decode()
    start = html.rindex("<li", 0, html.index("only-arabic"))
    card = html[start : html.index("</li>", start)]
    assert 'lang="ar"' in card
    assert "Noch nicht übersetzt" in card


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE memorial_memorialpage; --",
        ".*[(?<=\\",
        "%_%",
        "x" * 10_000,
        "محمد Mohammad ١٢٣ \u202e\u200f",
        "",
        "<script>alert(1)</script>",
        "\x00",
    ],
)
def test_hostile_queries_give_a_normal_page(client, query):
    response = client.get(index("en").url, {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"page": "999999"},
        {"page": "-1"},
        {"page": "abc"},
        {"year": "not-a-year"},
        {"year": "99999999999999999999"},
        {"place": "'; --"},
        {"place": "99999999"},
        {"governorate": "atlantis"},
        {"sort": "password"},
    ],
)
def test_bad_parameters_give_a_normal_page(client, params):
    assert client.get(index("ar").url, params).status_code == 200


def test_filters_and_sort_work_in_the_url(client):
    published("died-2001", death_year=2001, death_month=None, governorate="idlib")
    html = client.get(index("en").url, {"year": "2001"}).content.decode()
    assert "died-2001" in html and "sample-samer-khalil" not in html
    html = client.get(index("en").url, {"governorate": "idlib"}).content.decode()
    assert "died-2001" in html
    html = client.get(index("en").url, {"sort": "death"}).content.decode()
    assert html.index("died-2001") < html.index("sample-hassan-darwish")


def test_query_counts_do_not_grow_with_the_number_of_memorials(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url):
        # Warms the site frame with another query, so that the counted request renders
        # instead of coming whole from the page cache.
        client.get(url + "&warm=1")
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    url = index("fr").url + "?sort=name"
    before = count(url)
    for number in range(PAGE_SIZE + 3):
        published(f"many-{number}", portrait=_portrait() if number % 2 else None)
    after = count(url)
    assert after <= before + 2, (before, after)
    # The portrait and rendition prefetches run only when a row has a portrait: a constant.
    with django_assert_max_num_queries(after + 2):
        client.get(index("fr").url + "?sort=name&page=2")
    page = MemorialPage.objects.get(slug="many-1")
    memorial_count = count(page.url + "?x=1")
    # (count() views each page once first: a page's translations are then in the cache.)
    assert count(MemorialPage.objects.get(slug="many-2").url + "?x=1") <= memorial_count


def test_candle_is_counted_once_then_refused_politely(client):
    page = published("candle")["en"]
    url = reverse("memorial_light_candle", args=[page.pk])
    response = client.post(url)
    assert response.status_code == 302 and "candle=lit" in response["Location"]
    page.person.refresh_from_db()
    assert page.person.candle_count == 1
    refused = client.post(url)
    assert refused.status_code == 429
    assert b"already lit a candle" in refused.content
    page.person.refresh_from_db()
    assert page.person.candle_count == 1
    assert client.get(url).status_code == 405


def test_candle_for_a_memorial_that_is_not_public_is_not_found(client):
    page = draft("no-candle")
    assert client.post(reverse("memorial_light_candle", args=[page.pk])).status_code == 404


def test_death_before_birth_is_refused_with_a_clear_message():
    page = draft("dates", birth_year=1990, death_year=1985, death_month=None)
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "death_year" in refused.value.message_dict
    assert "before the date of birth" in " ".join(refused.value.message_dict["death_year"])


def test_impossible_dates_are_refused():
    page = draft("feb", birth_year=1990, birth_month=2, birth_day=30, death_year=None)
    with pytest.raises(ValidationError):
        page.full_clean()
    page = draft("daywithoutmonth", birth_year=1990, birth_day=3, death_year=None)
    with pytest.raises(ValidationError):
        page.full_clean()


def test_approximate_dates_are_shown_as_approximate():
    assert ApproximateDate(1984).display() == "1984"
    assert ApproximateDate(1984, 3).iso() == "1984-03"
    same_year = ApproximateDate(2013)
    assert not same_year.is_surely_before(ApproximateDate(2013, 5))
    assert ApproximateDate(2012, 12).is_surely_before(ApproximateDate(2013))


def test_demo_has_fictional_samples_and_a_withdrawn_one(client):
    samples = MemorialPage.objects.filter(is_fictional_sample=True, slug__startswith="sample-")
    assert samples.values("person").distinct().count() >= 8
    withdrawn = samples.filter(slug="sample-withdrawn-consent")
    assert withdrawn.exists() and not withdrawn.filter(live=True).exists()
    assert not MemorialPage.objects.public().filter(slug="sample-withdrawn-consent").exists()
    page = MemorialPage.objects.public().get(slug="sample-samer-khalil", locale__language_code="en")
    assert b"Fictional sample" in client.get(page.url).content
    assert "fictional sample" in page.get_admin_display_title()


def test_home_page_features_memorials(client):
    html = client.get("/en/").content.decode()
    assert "featured-memorials" in html and "sample-" in html
    assert "sample-withdrawn-consent" not in html
