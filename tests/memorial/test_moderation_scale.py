"""The moderation queue makes the same number of queries whatever its length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from memorial.models import Tribute
from tests.accounts_helpers import login_verified

from .memorial_helpers import published, user

pytestmark = pytest.mark.usefixtures("demo")


def test_the_tribute_queue_does_not_grow_in_queries(client):
    login_verified(client, user("queue-reader", superuser=True))
    url = reverse(Tribute.snippet_viewset.get_url_name("list")) + "?state=pending"
    client.get(url)
    counts = []
    for batch in range(2):
        for number in range(5):
            page = published(f"queue-{batch}-{number}")["en"]
            Tribute.objects.create(person=page.person, message="A tribute.", language="en")
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    assert counts[1] <= counts[0], counts
