"""The memorial index's listing: filters, name search, sort and pagination, all in the URL
(GET), so that a search can be shared and everything works without JavaScript.

Every language lists every public memorial: its own translation where one is live, otherwise
the memorial in its original language (the first page created for that person), marked with
its `lang` and a "not yet translated" note. Which page each language shows, and the values the
index filters, sorts and searches on (within each consent's scope), are precomputed in the
listing table (memorial.models.ListingEntry, kept by memorial/listing_table.py): a request
reads one language's rows and then only the page of memorials it shows. The number of
queries does not depend on how many memorials exist (see MemorialPageQuerySet.for_listing)."""

from django import forms
from django.core.paginator import Paginator
from django.db import connections, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from .models import Governorate, ListingEntry, MemorialPage, PlaceOfDetention
from .name_search import filter_by_name

PAGE_SIZE = 24
MAX_QUERY_LENGTH = 200  # a name, even with every spelling, is far shorter


class SortChoice:
    NAME = "name"
    DEATH_OLDEST = "death"
    DEATH_NEWEST = "-death"
    CHOICES = [
        (NAME, _("Name")),
        (DEATH_NEWEST, _("Date of death, most recent first")),
        (DEATH_OLDEST, _("Date of death, oldest first")),
    ]


class MemorialFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, strip=True)
    place = forms.TypedChoiceField(
        label=_("Place of detention"), required=False, coerce=int, empty_value=None
    )
    governorate = forms.ChoiceField(label=_("Governorate"), required=False)
    year = forms.IntegerField(
        label=_("Year of death"), required=False, min_value=1900, max_value=2100
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SortChoice.CHOICES)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        places = PlaceOfDetention.objects.filter(locale=locale).order_by("name")
        self.places = {place.pk: place for place in places}  # the filter reuses them
        self.fields["place"].choices = [("", _("Any place"))] + [
            (place.pk, str(place)) for place in places
        ]
        self.fields["governorate"].choices = [("", _("Any governorate"))] + list(
            Governorate.choices
        )

    def clean_q(self):
        # Very long input is cut, not refused: the visitor still gets a normal page.
        return " ".join((self.cleaned_data.get("q") or "").split())[:MAX_QUERY_LENGTH]

    def value(self, name):
        """The valid value of a field, or its empty value when the input was invalid."""
        if not hasattr(self, "cleaned_data"):
            return None
        return self.cleaned_data.get(name) if name not in self.errors else None


def visible_in_locale(locale):
    """Public memorials as a visitor of `locale` sees them: one page per person, this
    language's where it is live, otherwise the original language's (the listing table)."""
    shown = ListingEntry.objects.filter(locale=locale).values("page_id")
    return MemorialPage.objects.public().filter(pk__in=shown)


def _sorted(entries, sort):
    """Entries sorted on their precomputed values: NULL (outside the consent's scope, or
    unknown) last, so that sorting never reveals a field the family did not allow."""
    if sort in (SortChoice.DEATH_OLDEST, SortChoice.DEATH_NEWEST):
        fields = ("death_year", "death_month", "death_day")
        if sort == SortChoice.DEATH_OLDEST:
            keys = [F(name).asc(nulls_last=True) for name in fields]
        else:
            keys = [F(name).desc(nulls_last=True) for name in fields]
        return entries.order_by(*keys, "page_id")
    return entries.order_by(F("sort_name").asc(nulls_last=True), "page_id")


def _matches(page_ids) -> list[int]:
    """The name search's matches, in order. On PostgreSQL the planner overestimates how many
    rows an OR of name keys matches and reads the whole (wide) memorial table instead of the
    GIN index of the keys, several times slower: within this one query it uses the index."""
    connection = connections[page_ids.db]
    if connection.vendor != "postgresql":
        return list(page_ids)
    with transaction.atomic(using=page_ids.db):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        return list(page_ids)


def listing_entries(memorials, locale) -> list[dict]:
    """What a memorial card shows, within each memorial's consent scope."""
    entries = []
    for memorial in memorials:
        shown = memorial.shown()
        name, other_name = shown.names_for(memorial.locale.language_code)
        entries.append(
            {
                "page": memorial,
                "shown": shown,
                "name": name,
                "other_name": other_name,
                "translated": memorial.locale_id == locale.pk,
                "language": memorial.locale.language_code,
            }
        )
    return entries


def memorial_listing(index_page, request):
    locale = index_page.locale
    form = MemorialFilterForm(request.GET or None, locale=locale)
    form.is_valid()  # invalid parts are ignored, never an error page

    # The listing table holds, per language, the page shown and the values that may be
    # filtered, sorted and searched on, already cut to each consent's scope (NULL outside).
    rows = ListingEntry.objects.filter(locale=locale)
    place_pk = form.value("place")
    if place := form.places.get(place_pk):
        rows = rows.filter(place_key=place.translation_key)
    if governorate := form.value("governorate"):
        rows = rows.filter(governorate=governorate)
    if year := form.value("year"):
        rows = rows.filter(death_year=year)
    query = form.value("q") or ""
    if query:
        # Only names the family allowed to be shown can be found by name.
        rows = filter_by_name(rows.filter(name_searchable=True), query, via="page__")
    chosen_sort = form.value("sort")
    if query and not chosen_sort and rows.ordered:
        pass  # the name search's own ranking: exact matches first
    else:
        rows = _sorted(rows, chosen_sort or SortChoice.NAME)

    page_ids = rows.values_list("page_id", flat=True)
    if query:
        # A name search reads its matches (ids only) once: counting them in a second query
        # would run the search, its most expensive part, twice.
        page_ids = _matches(page_ids)
    paginator = Paginator(page_ids, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))  # bad or out-of-range: a real page
    page_ids = list(page_obj.object_list)
    # public() again: a row never shows a memorial that is not public, even a stale one.
    pages = MemorialPage.objects.public().filter(pk__in=page_ids).for_listing().in_bulk()
    page_obj.object_list = [pages[pk] for pk in page_ids if pk in pages]
    entries = listing_entries(page_obj.object_list, locale)
    params = request.GET.copy()
    params.pop("page", None)
    return {
        "filter_form": form,
        "entries": entries,
        "page_obj": page_obj,
        "paginator": paginator,
        "page_numbers": list(
            paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
        ),
        "query": query,
        "filtered": bool(query or place_pk or form.value("governorate") or form.value("year")),
        "base_query": params.urlencode(),
        "current_locale": locale,
    }
