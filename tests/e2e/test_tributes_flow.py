"""Tributes in a real browser: a visitor writes one in Arabic, a moderator signs in (with the
second factor) and approves it, and it appears on the memorial in every language. axe-core
checks the memorial page with its form, the confirmation, and the memorial request form."""

import re

import pytest

from tests.e2e.conftest import assert_no_axe_violations, foreign_requests

MESSAGE = "رحمك الله يا أخي، لن ننساك أبداً"


@pytest.fixture
def memorial_pages(db_access):
    """A consented memorial in English and Arabic, and a moderator; all removed afterwards,
    since the browser tests share one database that is not rolled back."""
    from accounts.roles import MODERATORS
    from memorial.models import MemorialPage, Person, Tribute
    from tests.accounts_helpers import DEFAULT_PASSWORD, create_user
    from tests.memorial.test_tribute_fixtures import make_memorial
    from website.page_cache import invalidate_page_cache

    MemorialPage.objects.filter(slug="e2e-tribute-memorial").delete()
    pages = make_memorial(slug="e2e-tribute-memorial", languages=("ar", "fr"))
    user, secret = create_user("e2e-moderator", groups=[MODERATORS])
    yield pages, (user.username, DEFAULT_PASSWORD, secret)
    person_id = pages["en"].person_id
    Tribute.objects.filter(person_id=person_id).delete()
    for page in MemorialPage.objects.filter(person_id=person_id).order_by("-depth", "-pk"):
        page.delete()
    Person.objects.filter(pk=person_id).delete()
    user.delete()
    invalidate_page_cache()


def test_submit_in_arabic_approve_in_admin_see_it_everywhere(page, site_url, memorial_pages):
    from memorial.models import Tribute

    pages, (username, password, secret) = memorial_pages
    page.goto(f"{site_url}{pages['ar'].url}")
    form = page.locator("form.tribute-form")
    assert form.is_visible()
    assert_no_axe_violations(page)

    form.locator("[name=message]").fill(MESSAGE)
    form.locator("input[name=signature_kind][value=relationship]").check()
    form.locator("[name=signature]").fill("أخته")
    assert form.locator("[name=language]").input_value() == "ar"
    form.locator("[name=accept_policy]").check()
    page.wait_for_timeout(3200)  # a person takes a few seconds; the form refuses faster
    form.locator("button[type=submit]").click()

    page.wait_for_url(re.compile(r"/ar/memorial-actions/tribute/\d+/sent/$"))
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert_no_axe_violations(page)
    tribute = Tribute.objects.get(person_id=pages["en"].person_id)
    assert tribute.state == "pending" and tribute.message == MESSAGE
    page.goto(f"{site_url}{pages['en'].url}")
    assert MESSAGE not in page.content()

    from tests.accounts_helpers import admin_sign_in

    admin_sign_in(page, site_url, username, password, secret)
    from memorial.moderation import queue_url

    page.goto(f"{site_url}{queue_url('tribute')}")
    page.get_by_role("link", name=re.compile("رحمك الله")).first.click()
    assert MESSAGE in page.content()
    page.get_by_role("button", name=re.compile("Approve")).click()
    page.wait_for_url(re.compile(r"/admin/snippets/memorial/tribute/"))
    tribute.refresh_from_db()
    assert tribute.state == "approved"

    visitor = page.context.browser.new_context()
    tab = visitor.new_page()
    tab.requested_urls = []
    tab.on("request", lambda req: tab.requested_urls.append(req.url))
    for code in ("en", "ar", "fr"):
        tab.goto(f"{site_url}{pages[code].url}")
        text = tab.locator(".tribute__text").first
        assert text.inner_text().strip() == MESSAGE
        assert text.get_attribute("lang") == "ar" and text.get_attribute("dir") == "auto"
    assert foreign_requests(tab, site_url) == []
    visitor.close()


def test_memorial_request_form_is_accessible_and_explains_errors(page, site_url, db_access):
    page.goto(f"{site_url}/ar/ask-for-a-memorial/")
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert_no_axe_violations(page)
    page.fill("[name=name_latin]", "Test Name")
    page.fill("[name=birth_day]", "12")
    page.fill("[name=requester_name]", "قريب")
    page.fill("[name=relationship]", "أخته")
    page.fill("[name=email]", "e2e-request@example.org")
    page.check("[name=consent]")
    page.check("[name=accept_policy]")
    page.wait_for_timeout(3200)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    # A day without a year: refused, explained under the year in Arabic, and everything
    # typed is still there.
    from django.utils import translation
    from django.utils.translation import gettext

    english = "Give the year when a month or a day is given."
    with translation.override("ar"):
        arabic = gettext(english)
    assert arabic != english
    error = page.locator("#id_birth_year_error")
    assert error.is_visible()
    assert error.inner_text().strip() == arabic
    assert page.input_value("[name=name_latin]") == "Test Name"
    assert page.input_value("[name=email]") == "e2e-request@example.org"
    assert_no_axe_violations(page)
