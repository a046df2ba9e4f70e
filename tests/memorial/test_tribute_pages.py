"""A memorial with many tributes shows the newest ones, and the older ones a link away."""

import re

import pytest

from memorial.models import Tribute
from memorial.models.tribute import ModerationState
from memorial.templatetags.tribute_tags import TRIBUTES_PER_PAGE

from .memorial_helpers import published

pytestmark = pytest.mark.usefixtures("demo")


def _shown(html) -> list[str]:
    return re.findall(r"Tribute number (\d+)\.", html)


def test_older_tributes_are_a_link_away(client):
    page = published("many-tributes")["en"]
    total = TRIBUTES_PER_PAGE + 5
    for number in range(total):
        Tribute.objects.create(
            person=page.person,
            message=f"Tribute number {number}.",
            language="en",
            state=ModerationState.APPROVED,
        )
    first = client.get(page.url).content.decode()
    newest = [str(number) for number in range(total - 1, 4, -1)]
    assert _shown(first) == newest
    assert '?tributes=2#tributes-heading" rel="next"' in first
    second = client.get(page.url + "?tributes=2").content.decode()
    assert _shown(second) == ["4", "3", "2", "1", "0"]
    assert '?tributes=1#tributes-heading" rel="prev"' in second
    # Not a number, or past the end: a real page of tributes, never an error.
    assert _shown(client.get(page.url + "?tributes=abc").content.decode()) == newest
    assert _shown(client.get(page.url + "?tributes=99").content.decode()) == _shown(second)


def test_a_few_tributes_need_no_links(client):
    page = published("few-tributes")["en"]
    Tribute.objects.create(
        person=page.person, message="Tribute number 1.", language="en", state="approved"
    )
    html = client.get(page.url).content.decode()
    assert _shown(html) == ["1"] and "?tributes=" not in html
