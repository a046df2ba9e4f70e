"""The admin's page listing shows each memorial's consent state in its title, without a
query per memorial for it."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.accounts_helpers import login_verified

from .memorial_helpers import draft, index, published, user

pytestmark = pytest.mark.usefixtures("demo")


def _listing(client):
    url = reverse("wagtailadmin_explore", args=[index("en").pk])
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    consent_queries = [
        q for q in captured if re.search(r'FROM "memorial_(person|consentrecord)"', q["sql"])
    ]
    return response.content.decode(), len(consent_queries)


def test_the_listing_shows_the_consent_state_in_one_go(client):
    login_verified(client, user("lister", superuser=True))
    published("listed-with-consent", title="Listed with consent")
    draft("listed-without-consent", title="Listed without consent")
    html, before = _listing(client)
    assert re.search(r"Listed without consent[^<]*no current consent", html)
    assert not re.search(r"Listed with consent[^<]*no current consent", html)
    for number in range(5):
        published(f"listed-more-{number}")
    _html, after = _listing(client)
    assert after == before  # not one more per memorial
