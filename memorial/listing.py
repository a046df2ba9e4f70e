"""The memorial index's listing: filters, name search, sort and pagination, all in the URL
(GET), so that a search can be shared and everything works without JavaScript.

Every language lists every public memorial: its own translation where one is live, otherwise
the memorial in its original language (the first page created for that person), marked with
its `lang` and a "not yet translated" note. The number of queries does not depend on how many
memorials exist (see MemorialPageQuerySet.for_listing)."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Case, Exists, F, Min, OuterRef, Q, Value, When
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext_lazy as _

from .models import ConsentRecord, Governorate, MemorialPage, PlaceOfDetention
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
        self.fields["place"].choices = [("", _("Any place"))] + [
            (place.pk, str(place)) for place in places
        ]
        self.fields["governorate"].choices = [("", _("Any governorate"))] + list(
            Governorate.choices
        )
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "")

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
    language's where it is live, otherwise the original language's."""
    public = MemorialPage.objects.public()
    translated_keys = public.filter(locale=locale).values("translation_key")
    originals = (
        public.exclude(translation_key__in=translated_keys)
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return public.filter(Q(locale=locale) | Q(pk__in=originals))


def allows(scope):
    """Memorials whose active consent allows `scope` ("show_dates", …)."""
    return Exists(
        ConsentRecord.objects.active().filter(person=OuterRef("person_id"), **{scope: True})
    )


def _only_if(scope, expression):
    """The expression where the consent allows `scope`, NULL elsewhere: sorting on a field
    the family did not allow to be shown must not reveal it either."""
    return Case(When(allows(scope), then=expression), default=Value(None))


def _sorted(queryset, sort, language):
    if sort in (SortChoice.DEATH_OLDEST, SortChoice.DEATH_NEWEST):
        queryset = queryset.annotate(
            death_y=_only_if("show_dates", F("death_year")),
            death_m=_only_if("show_dates", F("death_month")),
            death_d=_only_if("show_dates", F("death_day")),
        )
        if sort == SortChoice.DEATH_OLDEST:
            keys = [F(name).asc(nulls_last=True) for name in ("death_y", "death_m", "death_d")]
        else:
            keys = [F(name).desc(nulls_last=True) for name in ("death_y", "death_m", "death_d")]
        return queryset.order_by(*keys, "pk")
    if language == "ar":
        name = Lower("name_native")
    else:
        name = Lower(Coalesce(NullIf("name_latin", Value("")), "name_native"))
    return queryset.annotate(sort_name=_only_if("show_name", name)).order_by(
        F("sort_name").asc(nulls_last=True), "pk"
    )


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
    language = locale.language_code
    form = MemorialFilterForm(request.GET or None, locale=locale)
    form.is_valid()  # invalid parts are ignored, never an error page

    memorials = visible_in_locale(locale)
    place_pk = form.value("place")
    if place_pk:
        place = PlaceOfDetention.objects.filter(pk=place_pk).first()
        if place is not None:
            memorials = memorials.filter(
                allows("show_places"), place_of_detention__translation_key=place.translation_key
            )
    if governorate := form.value("governorate"):
        memorials = memorials.filter(allows("show_places"), governorate=governorate)
    if year := form.value("year"):
        memorials = memorials.filter(allows("show_dates"), death_year=year)
    query = form.value("q") or ""
    if query:
        # Only names the family allowed to be shown can be found by name.
        memorials = filter_by_name(memorials.filter(allows("show_name")), query)
    chosen_sort = form.value("sort")
    if query and not chosen_sort and memorials.ordered:
        pass  # the name search's own ranking: exact matches first
    else:
        memorials = _sorted(memorials, chosen_sort or SortChoice.NAME, language)
    memorials = memorials.for_listing()

    paginator = Paginator(memorials, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))  # bad or out-of-range: a real page
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
