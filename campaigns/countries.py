"""The countries a signer can choose: where Syrians mostly live today, and the states our
campaigns address. A fixed list with names through gettext, so that every language shows
them in its own words, without a package for the world's 250 countries.

Codes are ISO 3166-1 alpha-2; "ZZ" (user-assigned in the standard) means "another country"."""

import unicodedata

from django.utils.translation import gettext_lazy as _

OTHER = "ZZ"

COUNTRIES = {
    "SY": _("Syria"),
    "DZ": _("Algeria"),
    "AU": _("Australia"),
    "AT": _("Austria"),
    "BE": _("Belgium"),
    "BR": _("Brazil"),
    "CA": _("Canada"),
    "CY": _("Cyprus"),
    "DK": _("Denmark"),
    "EG": _("Egypt"),
    "FI": _("Finland"),
    "FR": _("France"),
    "DE": _("Germany"),
    "GR": _("Greece"),
    "IQ": _("Iraq"),
    "IE": _("Ireland"),
    "IT": _("Italy"),
    "JO": _("Jordan"),
    "KW": _("Kuwait"),
    "LB": _("Lebanon"),
    "LY": _("Libya"),
    "MA": _("Morocco"),
    "NL": _("Netherlands"),
    "NO": _("Norway"),
    "QA": _("Qatar"),
    "SA": _("Saudi Arabia"),
    "ES": _("Spain"),
    "SD": _("Sudan"),
    "SE": _("Sweden"),
    "CH": _("Switzerland"),
    "TN": _("Tunisia"),
    "TR": _("Türkiye"),
    "AE": _("United Arab Emirates"),
    "GB": _("United Kingdom"),
    "US": _("United States"),
    OTHER: _("Another country"),
}


def country_name(code: str) -> str:
    return str(COUNTRIES.get(code, COUNTRIES[OTHER]))


def _sort_key(name: str) -> str:
    # "Égypte" sorts with E, "Österreich" with O: compare without accents, ignoring case.
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def country_choices() -> list[tuple[str, str]]:
    """Choices in the active language: Syria first, the others alphabetically, "another
    country" last. Called per form, so that the order follows the visitor's language."""
    first, last = "SY", OTHER
    middle = sorted(
        ((code, str(name)) for code, name in COUNTRIES.items() if code not in (first, last)),
        key=lambda item: _sort_key(item[1]),
    )
    return [(first, str(COUNTRIES[first])), *middle, (last, str(COUNTRIES[last]))]
