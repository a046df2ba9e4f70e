"""Wagtail admin hooks of the memorial app."""

from . import moderation  # noqa: F401  (tribute and request queues, bulk actions, counts)
