"""Approximate dates as families know them: a year, a year and a month, or a full date.

The rules are the memorials' own (memorial.models.dates.ApproximateDate): a day needs a
month, a month needs a year, the date must exist; a visitor's date may not be in the future."""

from django import forms
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from ..models.dates import MIN_YEAR, ApproximateDate


def month_choices():
    return [("", _("Month unknown"))] + list(MONTHS.items())


def date_part_fields(prefix: str) -> dict[str, forms.Field]:
    """The year, month and day fields of one approximate date, all optional."""
    return {
        f"{prefix}_year": forms.IntegerField(
            label=_("Year"),
            required=False,
            min_value=MIN_YEAR,
            max_value=9999,
            widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--year"}),
        ),
        f"{prefix}_month": forms.TypedChoiceField(
            label=_("Month"),
            required=False,
            choices=month_choices,
            coerce=int,
            empty_value=None,
        ),
        f"{prefix}_day": forms.IntegerField(
            label=_("Day"),
            required=False,
            min_value=1,
            max_value=31,
            widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--day"}),
        ),
    }


def check_approximate_date(form: forms.Form, prefix: str) -> ApproximateDate | None:
    """Add errors to `form` where the parts do not make a date; return the date, or None
    when nothing was given or the parts are wrong."""
    names = [f"{prefix}_{part}" for part in ("year", "month", "day")]
    if any(name in form.errors for name in names):
        return None
    date = ApproximateDate(*(form.cleaned_data.get(name) for name in names))
    problems = date.errors()
    if problems:
        form.add_error(names[0] if date.year is None else names[2], problems[0])
        return None
    if not date:
        return None
    if date.earliest() > timezone.localdate():
        form.add_error(names[0], _("This date is in the future."))
        return None
    return date
