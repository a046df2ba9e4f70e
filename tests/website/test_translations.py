"""Every interface string is translated into Arabic, French and German: none empty, none fuzzy."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = {
    code: Path(settings.BASE_DIR, "locale", code, "LC_MESSAGES", "django.po")
    for code in ("ar", "fr", "de")
}


@pytest.mark.parametrize("code", CATALOGUES)
def test_catalogue_is_complete_and_not_fuzzy(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    assert not catalogue.metadata_is_fuzzy, f"{code}: the header is marked fuzzy"
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{code}: untranslated: {untranslated}"
    assert fuzzy == [], f"{code}: fuzzy: {fuzzy}"


def test_arabic_plurals_have_all_six_forms():
    catalogue = polib.pofile(str(CATALOGUES["ar"]))
    assert "nplurals=6" in catalogue.metadata["Plural-Forms"]
    for entry in catalogue:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(6)), entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


def test_arabic_plurals_follow_the_number():
    """Arabic words change with the number (one, two, three to ten, eleven and more): a
    plural entry with the same wording in every form reads wrongly for most numbers."""
    for entry in polib.pofile(str(CATALOGUES["ar"])):
        if entry.msgid_plural:
            assert len(set(entry.msgstr_plural.values())) >= 3, entry.msgid


@pytest.mark.parametrize("code", CATALOGUES)
def test_placeholders_survive_translation(code):
    """A translation that drops or renames a %(name)s placeholder would crash or mislead."""
    import re

    pattern = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}")
    for entry in polib.pofile(str(CATALOGUES[code])):
        expected = sorted(pattern.findall(entry.msgid))
        translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for translation in translations:
            found = sorted(set(pattern.findall(translation)))
            assert found == sorted(set(expected)) or (
                entry.msgid_plural
                and set(found) <= set(expected + pattern.findall(entry.msgid_plural))
            ), f"{code}: {entry.msgid!r} -> {translation!r}"
