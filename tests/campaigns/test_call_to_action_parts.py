"""A call to action shows the campaign's actions the editor picked, or all of them."""

import re

import pytest

from website.models import HomePage

from .helpers import campaign

pytestmark = pytest.mark.django_db


def _home_with_call_to_action(show):
    home = HomePage.objects.get(locale__language_code="en")
    home.body = [("call_to_action", {"campaign": campaign(), "show": show})]
    home.save_revision().publish()
    return home


def _cta(client) -> str:
    html = client.get("/en/").content.decode()
    found = re.search(r'<aside class="cta".*?</aside>', html, re.S)
    assert found, "no call to action on the page"
    return found.group(0)


def test_nothing_picked_shows_every_action(demo, client):
    _home_with_call_to_action([])
    cta = _cta(client)
    assert "data-count=" in cta and 'name="email"' in cta  # the petition and its count
    assert 'class="cta__links"' in cta  # the letter
    assert "cta__share-label" in cta


def test_only_the_picked_actions_are_shown(demo, client):
    _home_with_call_to_action(["share"])
    cta = _cta(client)
    assert "cta__share-label" in cta
    assert "data-count=" not in cta and 'name="email"' not in cta
    assert 'class="cta__links"' not in cta
    # The campaign itself is always named, with its state.
    assert campaign().title in cta and "campaign-status" in cta


def test_the_petition_alone(demo, client):
    _home_with_call_to_action(["petition"])
    cta = _cta(client)
    assert 'name="email"' in cta
    assert "cta__share-label" not in cta and 'class="cta__links"' not in cta
