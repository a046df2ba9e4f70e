"""Every language has its pages, its direction, a switcher and hreflang links."""

import re

import pytest

LANGUAGES = ["ar", "en", "fr", "de"]
PAGES = ["", "about/", "support/", "privacy/", "contact/"]


def html_attributes(content: bytes) -> tuple[str, str]:
    match = re.search(rb'<html lang="([^"]+)" dir="([^"]+)"', content)
    assert match, "no <html lang dir>"
    return match.group(1).decode(), match.group(2).decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_in_every_language_with_lang_and_dir(demo, client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    lang, direction = html_attributes(response.content)
    assert lang == language
    assert direction == ("rtl" if language == "ar" else "ltr")


def test_pages_carry_their_own_written_text(demo, client):
    arabic = client.get("/ar/about/").content.decode()
    german = client.get("/de/about/").content.decode()
    assert "<h1>من نحن</h1>" in arabic
    assert "<h1>Über uns</h1>" in german


@pytest.mark.parametrize("language", LANGUAGES)
def test_hreflang_links_point_at_each_translation(demo, client, language):
    content = client.get(f"/{language}/about/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content)
    )
    assert alternates == {
        "ar": "http://localhost/ar/about/",
        "en": "http://localhost/en/about/",
        "fr": "http://localhost/fr/about/",
        "de": "http://localhost/de/about/",
        "x-default": "http://localhost/",
    }


def test_switcher_links_to_the_same_page_in_other_languages(demo, client):
    content = client.get("/fr/support/").content.decode()
    switcher = content[content.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert 'href="http://localhost/ar/support/" hreflang="ar"' in switcher
    assert 'href="http://localhost/de/support/" hreflang="de"' in switcher
    assert '<span aria-current="true" lang="fr">Français</span>' in switcher


def test_switcher_falls_back_to_home_page_where_page_is_not_translated(demo, client):
    from wagtail.models import Locale

    from website.models import StandardPage

    german = StandardPage.objects.get(slug="support", locale=Locale.objects.get(language_code="de"))
    german.unpublish()
    content = client.get("/en/support/").content.decode()
    assert 'href="http://localhost/de/" hreflang="de"' in content
    assert 'hreflang="de" href="http://localhost/de/support/"' not in content


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ar,en;q=0.5", "/ar/"),
        ("de-DE,de;q=0.9,en;q=0.8", "/de/"),
        ("fr-CA", "/fr/"),
        ("ja,zh;q=0.8", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(demo, client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ar", "الصفحة غير موجودة"),
        ("en", "Page not found"),
        ("fr", "Page introuvable"),
        ("de", "Seite nicht gefunden"),
    ],
)
def test_404_page_is_in_the_visitors_language(demo, client, language, title):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert f"<h1>{title}</h1>" in response.content.decode()
    assert html_attributes(response.content)[0] == language


def test_footer_links_to_privacy_page_in_visitors_language(demo, client):
    assert 'href="/ar/privacy/"' in client.get("/ar/").content.decode()
    assert 'href="/de/privacy/"' in client.get("/de/about/").content.decode()


@pytest.mark.parametrize(
    ("language", "title"),
    [("ar", "حدث خطأ ما"), ("fr", "Une erreur s’est produite"), ("de", "Etwas ist schiefgelaufen")],
)
def test_500_page_is_in_the_visitors_language(rf, language, title):
    from django.utils import translation

    from website.views import server_error

    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    content = response.content.decode()
    assert f"<h1>{title}</h1>" in content
    assert html_attributes(response.content) == (language, "rtl" if language == "ar" else "ltr")
