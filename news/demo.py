"""Demo content of the news app: the news index and news items in all four languages, and
the organisations they mention. Idempotent: run it again and nothing is duplicated."""

import uuid
from datetime import date

from wagtail.models import Locale

from website.demo import add_navigation_item, publish_translated

from . import demo_content as content
from .models import NewsIndexPage, NewsPage, NewsPageOrganisation, Organisation

# Fixed translation keys, so that each organisation is found again on the next run.
_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4a57-9a55-2f5b1c7d9e10")
LANGUAGES = ("en", "ar", "fr", "de")


def _organisations() -> dict[str, dict[str, Organisation]]:
    """{"fidh": {"en": Organisation, "ar": …}, …}"""
    found = {}
    for key, spec in content.ORGANISATIONS.items():
        translation_key = uuid.uuid5(_NAMESPACE, f"organisation:{key}")
        found[key] = {}
        for code in LANGUAGES:
            name, acronym = spec[code]
            organisation, _created = Organisation.objects.get_or_create(
                translation_key=translation_key,
                locale=Locale.objects.get(language_code=code),
                defaults={"name": name, "acronym": acronym, "website": spec["website"]},
            )
            found[key][code] = organisation
    return found


def _item_fields(item, code, organisations, locales):
    text = item["text"][code]
    city, country = item["place"][code] if item["place"] else ("", "")
    return {
        "title": text["title"],
        "date": date.fromisoformat(item["date"]),
        "date_precision": item["precision"],
        "kind": item["kind"],
        "city": city,
        "country": country,
        "summary": text["summary"],
        "officials": [("official", {"name": "", **official}) for official in text["officials"]],
        "body": list(text["body"]),
        # The same link in every language shares a translation key, as wagtail-localize makes.
        "organisation_links": [
            NewsPageOrganisation(
                organisation=organisations[key][code],
                locale=locales[code],
                translation_key=uuid.uuid5(_NAMESPACE, f"link:{item['slug']}:{key}"),
            )
            for key in item["organisations"]
        ],
    }


def load(context) -> None:
    indexes = publish_translated(
        context.homes,
        NewsIndexPage,
        "news",
        {code: dict(text) for code, text in content.INDEX.items()},
    )
    context.indexes["news"] = indexes
    add_navigation_item("news", indexes, 20)

    organisations = _organisations()
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    for item in content.ITEMS:
        publish_translated(
            indexes,
            NewsPage,
            item["slug"],
            {code: _item_fields(item, code, organisations, locales) for code in content.INDEX},
        )
    context.write(
        f"News: index and {len(content.ITEMS)} items in {len(indexes)} languages, "
        f"{len(organisations)} organisations"
    )
