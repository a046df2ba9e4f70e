"""Approximate dates: a year, a year and month, or a full date.

Families often know only the year of an arrest or of a death. A date is stored as three
small fields (`<prefix>_year`, `<prefix>_month`, `<prefix>_day`) and shown with only the
parts that are known, in the visitor's language."""

import calendar
import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 1900
MAX_YEAR = 2100


def approximate_date_fields(label):
    """The three fields of one approximate date, to unpack in a model's body."""
    year = models.PositiveSmallIntegerField(
        _("%(label)s: year") % {"label": label},
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)],
    )
    month = models.PositiveSmallIntegerField(
        _("%(label)s: month") % {"label": label},
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("Optional: leave empty if only the year is known."),
    )
    day = models.PositiveSmallIntegerField(
        _("%(label)s: day") % {"label": label},
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text=_("Optional: leave empty if only the year and month are known."),
    )
    return year, month, day


@dataclass(frozen=True)
class ApproximateDate:
    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, instance, prefix):
        return cls(
            getattr(instance, f"{prefix}_year"),
            getattr(instance, f"{prefix}_month"),
            getattr(instance, f"{prefix}_day"),
        )

    def __bool__(self):
        return self.year is not None

    def errors(self) -> list[str]:
        """What makes this date impossible (a day without a month, 30 February…)."""
        if self.year is None and (self.month or self.day):
            return [_("Give the year when a month or a day is given.")]
        if self.month is None and self.day:
            return [_("Give the month when a day is given.")]
        if (
            self.year
            and self.month
            and self.day
            and self.day > calendar.monthrange(self.year, self.month)[1]
        ):
            return [_("This day does not exist in that month.")]
        return []

    def earliest(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> datetime.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return datetime.date(self.year, month, day)

    def is_surely_before(self, other: "ApproximateDate") -> bool:
        """True only when this date must be before `other`, whatever the unknown parts are."""
        return bool(self) and bool(other) and self.latest() < other.earliest()

    def display(self) -> str:
        """'1984', 'March 1984' or '12 March 1984', in the active language."""
        if not self:
            return ""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return formats.date_format(datetime.date(self.year, self.month, 1), "YEAR_MONTH_FORMAT")
        return formats.date_format(datetime.date(self.year, self.month, self.day), "DATE_FORMAT")

    def iso(self) -> str:
        """For <time datetime>: 1984, 1984-03 or 1984-03-12."""
        if not self:
            return ""
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def __str__(self):
        return self.display()


def validate_order(earlier: ApproximateDate, later: ApproximateDate, field, message):
    """Raise on `field` when `later` is surely before `earlier` (death before birth…)."""
    if later.is_surely_before(earlier):
        raise ValidationError({field: message})
