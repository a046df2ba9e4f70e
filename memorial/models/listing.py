"""The memorial index's precomputed listing: one row per memorial and language.

For every public memorial (a translation group of live pages whose person has an active
consent) and every language of the site, a row says which page a visitor of that language
is shown (the live translation in that language, otherwise the original: the first public
page) and the values the index may filter, sort and search on, already cut to the consent's
scope: a field the family did not allow to be shown is NULL here, so it can never be used to
filter, sort or find. The rows are kept up to date by `memorial.listing_table.refresh_listing`
(signals on pages, consents, view restrictions and locales; the consent withdrawal; the
seeding command; `manage.py rebuild_memorial_listing`)."""

from django.db import models


class ListingEntry(models.Model):
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(
        "memorial.Person", on_delete=models.CASCADE, related_name="listing_entries"
    )
    translation_key = models.UUIDField()
    page = models.ForeignKey(
        "memorial.MemorialPage", on_delete=models.CASCADE, related_name="listing_entries"
    )
    # The page is in the visitor's language (not the original shown for want of one).
    translated = models.BooleanField(default=False)
    # Within the consent's scope only: NULL where the consent does not allow the field.
    name_searchable = models.BooleanField(default=False)
    sort_name = models.CharField(max_length=255, null=True, blank=True)
    death_year = models.PositiveSmallIntegerField(null=True, blank=True)
    death_month = models.PositiveSmallIntegerField(null=True, blank=True)
    death_day = models.PositiveSmallIntegerField(null=True, blank=True)
    governorate = models.CharField(max_length=30, null=True, blank=True)
    place_key = models.UUIDField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "translation_key"], name="memorial_listing_one_per_locale"
            )
        ]
        # PostgreSQL sorts NULL last in ascending order: these indexes serve the sorts by
        # name and by date of death (oldest first); migration 0007 adds, on PostgreSQL, the
        # one for most recent first (descending, NULL last, which SQLite cannot index).
        indexes = [
            models.Index(fields=["locale", "sort_name", "page"], name="memorial_listing_name"),
            models.Index(
                fields=["locale", "death_year", "death_month", "death_day", "page"],
                name="memorial_listing_death",
            ),
            models.Index(fields=["locale", "governorate"], name="memorial_listing_gov"),
            models.Index(fields=["locale", "place_key"], name="memorial_listing_place"),
        ]

    def __str__(self):
        return f"{self.locale_id}: {self.page_id}"
