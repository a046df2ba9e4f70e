"""The memorial index and a memorial page in each language, in a real browser: axe-core
passes, nothing is asked of another host, search and candle work without JavaScript."""

import pytest

from tests.e2e.conftest import assert_no_axe_violations, foreign_requests

LANGUAGES = ["ar", "en", "fr", "de"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_memorial_index_is_accessible(page, site_url, language):
    page.goto(f"{site_url}/{language}/memorials/")
    assert page.locator(".memorial-card").count() >= 8
    assert_no_axe_violations(page)
    assert foreign_requests(page, site_url) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_memorial_page_is_accessible(page, site_url, language):
    page.goto(f"{site_url}/{language}/memorials/sample-samer-khalil/")
    assert page.locator("h1#memorial-name").is_visible()
    assert page.locator(".sample-note").is_visible()
    assert_no_axe_violations(page)
    assert foreign_requests(page, site_url) == []


def test_untranslated_memorial_in_the_index_is_accessible(page, site_url):
    page.goto(f"{site_url}/de/memorials/?q=Rami")
    card = page.locator(".memorial-card").first
    assert card.locator("[lang=ar]").count() >= 1
    assert_no_axe_violations(page)


def test_search_and_candle_without_javascript(browser, site_url, db_access):
    # A phone-sized window: the results must come into view after a search.
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    tab = context.new_page()
    try:
        tab.goto(f"{site_url}/en/memorials/")
        tab.fill("#id_q", "Samir Khalil")
        tab.click(".memorial-filters button[type=submit]")
        assert "q=Samir+Khalil" in tab.url
        assert tab.locator(".memorial-card").count() >= 1
        count = tab.locator("#memorial-results").bounding_box()
        assert 0 <= count["y"] < 740, count
        tab.locator(".memorial-card a").first.click()
        tab.click(".memorial__candle button[type=submit]")
        assert "candle=lit" in tab.url
        assert tab.locator(".memorial__candle [role=status]").is_visible()
    finally:
        context.close()
