"""The news index and a news item in a real browser, in every language: accessibility
(axe-core), no request to another host, and filters that work without JavaScript."""

import pytest

from tests.e2e.conftest import assert_no_axe_violations, foreign_requests

LANGUAGES = ["ar", "en", "fr", "de"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_index_is_accessible(page, site_url, db_access, language):
    from news.models import NewsPage

    live = NewsPage.objects.live().public().filter(locale__language_code=language).count()
    assert live == 7  # the demo's items; fewer than a page, so all of them are listed
    response = page.goto(f"{site_url}/{language}/news/")
    assert response.status == 200
    assert page.locator(".news-card").count() == live
    assert_no_axe_violations(page)
    assert foreign_requests(page, site_url) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_item_is_accessible(page, site_url, language):
    response = page.goto(f"{site_url}/{language}/news/berlin-preparatory-meetings/")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator(".news-met li").count() == 7
    assert_no_axe_violations(page)
    assert foreign_requests(page, site_url) == []


def test_filters_work_without_javascript(browser, site_url, db_access):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{site_url}/fr/news/")
        tab.select_option("#news-filter-kind", "statement")
        tab.get_by_role("button", name="Afficher").click()
        tab.wait_for_load_state()
        assert "kind=statement" in tab.url
        assert tab.locator(".news-card").count() == 1
        assert tab.locator("#news-filter-kind").input_value() == "statement"
    finally:
        context.close()


def test_the_feed_is_announced_in_the_head(page, site_url):
    page.goto(f"{site_url}/ar/")
    link = page.locator('head link[type="application/atom+xml"]')
    assert link.get_attribute("href") == "/ar/feeds/news.atom"
