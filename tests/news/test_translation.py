"""Translating a news item with wagtail-localize: organisation links follow the organisation's
translation, and a translation never goes live by itself."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from news.models import NewsPage, Organisation

from .conftest import add_news


def test_wagtail_localize_links_the_organisations_translation(demo):
    english_fidh = Organisation.objects.get(acronym="FIDH", locale__language_code="en")
    french_fidh = Organisation.objects.get(acronym="FIDH", locale__language_code="fr")
    item = add_news(
        "en",
        title="Meeting in Geneva",
        organisations=[english_fidh],
        officials=[("official", {"role": "Special rapporteur", "name": ""})],
        body=[
            ("paragraph", "<p>The delegation met the federation.</p>"),
            ("video", {"url": "https://video.example.org/1", "title": "Report", "source": ""}),
        ],
    )
    source, _created = TranslationSource.get_or_create_from_instance(item)
    french_locale = Locale.objects.get(language_code="fr")
    source.create_or_update_translation(french_locale, fallback=True)

    french = item.get_translation(french_locale).specific
    assert isinstance(french, NewsPage)
    assert not french.live  # an editor publishes translations
    assert [link.organisation for link in french.organisation_links.all()] == [french_fidh]
    assert french.officials[0].value["role"] == "Special rapporteur"


def test_demo_links_share_translation_keys_across_languages(demo):
    keys_by_language = {
        code: sorted(
            str(key)
            for key in NewsPage.objects.get(
                locale__language_code=code, slug="berlin-preparatory-meetings"
            ).organisation_links.values_list("translation_key", flat=True)
        )
        for code in ("ar", "en", "fr", "de")
    }
    assert len(keys_by_language["en"]) == 7
    assert all(keys == keys_by_language["en"] for keys in keys_by_language.values())


def test_an_untranslated_organisation_is_shown_in_its_own_language(demo, client):
    english = Locale.objects.get(language_code="en")
    only_english = Organisation.objects.create(
        name="Only English Organisation", acronym="OEO", locale=english
    )
    item = add_news("de", title="Treffen", organisations=[only_english])
    html = client.get(item.url).content.decode()
    assert "Only English Organisation" in html
