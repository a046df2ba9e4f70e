"""The public count: right in every language and in calls to action elsewhere right after
a confirmation, and read from the stored tally, never counted per page view."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import CampaignPage, Signature, SignatureTally
from website.models import HomePage
from website.page_cache import invalidate_page_cache

from .helpers import campaign, sign_and_confirm

pytestmark = pytest.mark.django_db
LANGUAGES = ("ar", "en", "fr", "de")
COUNT = re.compile(r'data-count="(\d+)"')


def _put_call_to_action_on_home_pages(page):
    """Every home page gets a call to action that points at the English campaign."""
    for home in HomePage.objects.all():
        home.body = [("call_to_action", {"campaign": page})]
        home.save_revision().publish()


def _counts(reader, url) -> list[int]:
    response = reader.get(url)
    assert response.status_code == 200
    return [int(found) for found in COUNT.findall(response.content.decode())]


def test_counts_are_right_everywhere_right_after_a_confirmation(demo, client):
    source = campaign()
    _put_call_to_action_on_home_pages(source)
    reader = Client(HTTP_HOST="localhost")  # an anonymous visitor, served from the page cache
    urls = [campaign(language=code).url for code in LANGUAGES] + [f"/{c}/" for c in LANGUAGES]
    for url in urls:
        assert set(_counts(reader, url)) == {0}, url
        assert reader.get(url)["X-Page-Cache"] == "hit"  # cached now

    sign_and_confirm(client, source)

    for url in urls:
        counts = _counts(reader, url)
        assert counts and set(counts) == {1}, url


def test_a_call_to_action_shows_the_campaign_in_the_visitors_language(demo, client):
    source = campaign()
    _put_call_to_action_on_home_pages(source)
    for code in LANGUAGES:
        html = client.get(f"/{code}/").content.decode()
        localized = campaign(language=code)
        assert f'href="{localized.url}"' in html
        assert localized.title in html
        # The signature form inside the call to action posts under the visitor's language.
        assert f'action="/{code}/petitions/{localized.pk}/sign/"' in html


def _confirmed_signatures(page, number):
    now = timezone.now()
    Signature.objects.bulk_create(
        Signature(
            campaign_key=page.translation_key,
            name=f"Signer {index}",
            email=f"signer{index}@example.org",
            country="SE",
            language="en",
            confirmed_at=now,
        )
        for index in range(number)
    )
    SignatureTally.add(page.translation_key, number)


def _measure(url):
    invalidate_page_cache()
    with CaptureQueriesContext(connection) as queries:
        response = Client(HTTP_HOST="localhost").get(url)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("where", ["campaign", "call_to_action", "index"])
def test_a_page_view_reads_the_tally_and_never_counts_signatures(demo, where):
    page = campaign()
    _put_call_to_action_on_home_pages(page)
    url = {
        "campaign": page.url,
        "call_to_action": "/en/",
        "index": page.get_parent().url,
    }[where]
    _measure(url)  # warm-up: per-process lookups (site root, locales) are made once
    _response, before = _measure(url)
    _confirmed_signatures(page, 40)
    response, after = _measure(url)

    assert 40 in [int(found) for found in COUNT.findall(response.content.decode())]
    assert len(after) == len(before)
    assert not [sql for sql in after if '"campaigns_signature"' in sql]


def test_the_index_lists_open_campaigns_with_their_counts(demo, client):
    _confirmed_signatures(campaign("special-tribunal"), 3)
    html = client.get(campaign().get_parent().url).content.decode()
    assert campaign().title in html and campaign("special-tribunal").title in html
    assert 'data-count="3"' in html


def test_progress_towards_the_goal(demo, client):
    page = campaign()
    _confirmed_signatures(page, 2500)
    html = client.get(page.url).content.decode()
    assert 'value="25"' in html  # 2,500 of 10,000
    assert CampaignPage.objects.get(pk=page.pk).progress_percent == 25
