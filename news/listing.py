"""The news index: newest first, filtered by kind, year and organisation, paginated.

Everything lives in the query string, so a filtered list can be bookmarked and works without
JavaScript. Anything the index does not understand (an unknown kind, a year without news, a
page number that is not one) is ignored: the reader gets the normal index, never an error."""

from django.core.paginator import Paginator

from .models import NewsPage, Organisation
from .models.related import prefer_language

PAGE_SIZE = 12


def _one_value(request, name) -> str:
    """The last value given for `name`, as a short stripped string (junk is cut, not parsed)."""
    values = request.GET.getlist(name)
    return values[-1].strip()[:64] if values else ""


def _as_int(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None


# Newest first; items of the same day in the order they were first published.
NEWEST_FIRST = ("-date", "-first_published_at", "-pk")


def public_news(locale):
    """The live, public news items in this language (a Locale or its id), newest first: what
    the index, the feeds and the home page's latest news all show."""
    return NewsPage.objects.live().public().filter(locale=locale).order_by(*NEWEST_FIRST)


def news_items(index_page):
    """The live, public news items of this index, newest first."""
    return public_news(index_page.locale_id).child_of(index_page)


def _organisation_choices(items, locale_id):
    """Organisations linked from these items, one per translation, in the reader's language
    where a translation exists. One query: every version of every linked organisation."""
    linked_keys = Organisation.objects.filter(news_links__page__in=items.values("pk")).values(
        "translation_key"
    )
    every_version = Organisation.objects.filter(translation_key__in=linked_keys).order_by("pk")
    chosen = prefer_language(every_version, locale_id)
    return sorted(chosen.values(), key=lambda organisation: organisation.name.casefold())


def news_listing(index_page, request) -> dict:
    items = news_items(index_page)
    kinds = NewsPage.Kind.choices
    years = [day.year for day in items.dates("date", "year", order="DESC")]
    organisations = _organisation_choices(items, index_page.locale_id)

    selected = {"kind": "", "year": None, "organisation": None}
    kind = _one_value(request, "kind")
    if kind in NewsPage.Kind.values:
        selected["kind"] = kind
        items = items.filter(kind=kind)
    year = _as_int(_one_value(request, "year"))
    if year in years:
        selected["year"] = year
        items = items.filter(date__year=year)
    organisation_id = _as_int(_one_value(request, "organisation"))
    by_id = {organisation.pk: organisation for organisation in organisations}
    if organisation_id in by_id:
        selected["organisation"] = by_id[organisation_id]
        items = items.filter(
            organisation_links__organisation__translation_key=by_id[organisation_id].translation_key
        ).distinct()

    # What a card shows (templates/news/components/card.html): the lead image's renditions.
    items = items.select_related("lead_image").prefetch_related("lead_image__renditions")
    paginator = Paginator(items, PAGE_SIZE)
    number = _as_int(_one_value(request, "page"))
    if number is None or not 1 <= number <= paginator.num_pages:
        number = 1
    page_of_items = paginator.page(number)

    # The query string of the current filters, for the pagination links.
    filter_query = {}
    if selected["kind"]:
        filter_query["kind"] = selected["kind"]
    if selected["year"]:
        filter_query["year"] = selected["year"]
    if selected["organisation"]:
        filter_query["organisation"] = selected["organisation"].pk

    return {
        "news_items": page_of_items,
        "paginator": paginator,
        "filter_kinds": kinds,
        "filter_years": years,
        "filter_organisations": organisations,
        "selected": selected,
        "filtered": bool(filter_query),
        "filter_query": filter_query,
    }
