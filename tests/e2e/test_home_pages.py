"""Each language's home page in a real browser: direction, layout, accessibility, and no
request to any other host."""

import pytest

from tests.e2e.conftest import assert_no_axe_violations, foreign_requests

LANGUAGES = ["ar", "en", "fr", "de"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_direction_accessibility_and_no_third_party(page, site_url, language):
    page.goto(f"{site_url}/{language}/")
    expected = "rtl" if language == "ar" else "ltr"
    assert page.evaluate("document.documentElement.dir") == expected
    assert page.evaluate("getComputedStyle(document.body).direction") == expected
    # The site name starts on the reading side: the right in Arabic, the left otherwise.
    box = page.locator(".site-name").bounding_box()
    width = page.viewport_size["width"]
    if expected == "rtl":
        assert box["x"] + box["width"] > width * 0.6
    else:
        assert box["x"] < width * 0.4
    assert_no_axe_violations(page)
    assert foreign_requests(page, site_url) == []


@pytest.mark.parametrize("language", ["ar", "de"])
def test_self_hosted_fonts_load(page, site_url, language):
    page.goto(f"{site_url}/{language}/about/")
    page.evaluate("document.fonts.ready")
    family = "Noto Sans Arabic" if language == "ar" else "Noto Sans"
    assert page.evaluate(f"document.fonts.check('16px \"{family}\"')")
    assert any("/static/website/fonts/" in url for url in page.requested_urls)


def test_narrow_screen_has_no_horizontal_scroll(page, site_url):
    page.set_viewport_size({"width": 320, "height": 640})
    for language in LANGUAGES:
        page.goto(f"{site_url}/{language}/about/")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{language}: {overflow}px of horizontal scroll at 320px"


def test_skip_link_moves_focus_to_main(page, site_url):
    page.goto(f"{site_url}/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_kind_of_page_uses_the_whole_width(page, site_url, language):
    """Header, navigation and footer span the window on every kind of page: a page's own
    body class must not narrow the whole layout (a campaign page once did)."""
    page.goto(f"{site_url}/{language}/campaigns/")
    campaign = page.locator("main h2 a").first.get_attribute("href")
    page.goto(f"{site_url}/{language}/memorials/")
    memorial = page.locator(".memorial-list a").first.get_attribute("href")
    page.goto(f"{site_url}/{language}/news/")
    news_item = page.locator("main .news-card__title a").first.get_attribute("href")
    paths = [f"/{language}/", f"/{language}/about/", f"/{language}/memorials/"]
    paths += [f"/{language}/news/", f"/{language}/campaigns/", campaign, memorial, news_item]
    width = page.viewport_size["width"]
    for path in paths:
        page.goto(path if path.startswith("http") else site_url + path)
        for selector in (".site-header", ".main-nav", ".site-footer"):
            box = page.locator(selector).bounding_box()
            assert box and abs(box["width"] - width) <= 1, (path, selector, box)
