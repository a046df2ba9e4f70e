"""The site's frame (name, menu, footer, language links) is read from the database once per
page-cache generation and language, and follows every change at once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from website.models import SiteSettings, StandardPage


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return " ".join(query["sql"] for query in captured)


def test_the_frame_is_read_once_per_language(demo, client):
    # Query strings keep the page cache out of the way: every request renders.
    first = _queries(client, "/fr/about/?x=1")
    assert "website_sitesettings" in first and "website_navigationitem" in first
    again = _queries(client, "/fr/memorials/?x=1")
    assert "website_sitesettings" not in again and "website_navigationitem" not in again
    assert "website_sitesettings" in _queries(client, "/de/about/?x=1")  # another language


def test_a_settings_change_shows_at_once(demo, client):
    client.get("/en/about/?x=1")
    settings = SiteSettings.objects.get(locale__language_code="en")
    settings.organisation_name = "Renamed association <b>test</b>"
    settings.save()
    body = client.get("/en/about/?x=1").content.decode()
    assert "Renamed association &lt;b&gt;test&lt;/b&gt;" in body


def test_a_menu_page_renamed_or_moved_gets_its_new_address(demo, client):
    settings = SiteSettings.objects.get(locale__language_code="en")
    item = settings.navigation_items.select_related("page").first()
    page = item.page.specific
    client.get("/en/?x=1")
    page.slug = f"{page.slug}-renamed"
    page.save_revision().publish()
    assert f'href="/en/{page.slug}/"' in _menu(client, "/en/?x=1")

    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    page = Page.objects.get(pk=page.pk)
    page.move(about, pos="last-child")
    # In the menu itself: other parts of the page link the same page, computed afresh.
    assert f'href="/en/about/{page.slug}/"' in _menu(client, "/en/?x=1")


def _menu(client, url) -> str:
    html = client.get(url).content.decode()
    start = html.index('<nav class="main-nav"')
    return html[start : html.index("</nav>", start)]


def test_the_language_switcher_follows_a_new_translation(demo, client):
    english = StandardPage.objects.get(slug="about", locale__language_code="en")
    german = english.get_translation(english.locale.__class__.objects.get(language_code="de"))
    body = client.get("/en/about/?x=1").content.decode()
    assert f'hreflang="de" href="{german.full_url}"' in body
    german_home = german.get_parent()
    german.unpublish()
    body = client.get("/en/about/?x=1").content.decode()
    assert 'hreflang="de" href' not in body  # no alternate any more
    # The switcher offers the German home page instead.
    assert f'<a href="{german_home.full_url}" hreflang="de"' in body
