"""A change in the consent ledger changes what the public may see (a narrower scope, a new or
ended consent): the full-page cache is emptied at once. Every change of what the public may
see of a memorial (its pages, its consent, a view restriction, a new language) also updates
the memorial index's listing table (memorial/listing_table.py)."""

from django.db import DEFAULT_DB_ALIAS, connection
from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from website.page_cache import invalidate_page_cache

from .consent import withhold_name_from_addresses
from .listing_table import person_ids_of_pages, rebuild_listing, refresh_listing
from .models import ConsentRecord, ListingEntry, MemorialPage, PlaceOfDetention


@receiver(pre_save, sender=ConsentRecord)
def _remember_whether_consent_was_active(sender, instance, raw=False, **kwargs):
    before = None if instance.pk is None else sender.objects.filter(pk=instance.pk).first()
    instance._was_active = before is not None and before.is_active


@receiver(post_save, sender=ConsentRecord)
@receiver(post_delete, sender=ConsentRecord)
def _on_consent_change(sender, instance, **kwargs):
    # A consent that is not in force, before or after (a pending one being prepared, an
    # old withdrawn one), changes nothing the public sees.
    was_active = getattr(instance, "_was_active", instance.is_active)
    if not (was_active or instance.is_active):
        return
    invalidate_page_cache()
    refresh_listing([instance.person_id])
    # A consent that stops allowing the name takes it out of the memorial's address too.
    withhold_name_from_addresses(instance.person_id)


# What save_revision() writes on the page row: bookkeeping that changes nothing public.
REVISION_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
    }
)


@receiver(post_save, sender=MemorialPage)
@receiver(post_delete, sender=MemorialPage)
def _on_memorial_change(sender, instance, update_fields=None, **kwargs):
    if update_fields and REVISION_FIELDS.issuperset(update_fields):
        return
    refresh_listing([instance.person_id])


@receiver(page_published)
@receiver(page_unpublished)
def _on_publication_change(sender, instance, **kwargs):
    # Also for a page that was not saved as a MemorialPage instance (a generic Page).
    if issubclass(sender, MemorialPage) and not isinstance(instance, MemorialPage):
        refresh_listing(person_ids_of_pages([instance]))


@receiver(post_page_move)
def _on_page_move(sender, instance, **kwargs):
    # A move can put memorials under (or out of) a view restriction.
    refresh_listing(person_ids_of_pages(_memorials_under(instance)))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _on_view_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        refresh_listing(person_ids_of_pages(_memorials_under(page)))


@receiver(post_delete, sender=PlaceOfDetention)
def _on_place_delete(sender, instance, **kwargs):
    refresh_listing(
        ListingEntry.objects.filter(place_key=instance.translation_key).values_list(
            "person_id", flat=True
        )
    )


@receiver(post_save, sender=Locale)
def _on_locale_created(sender, instance, created, **kwargs):
    if created:
        rebuild_listing()  # every memorial gets a row in the new language


@receiver(post_migrate)
def _fill_listing_after_migration(sender, **kwargs):
    # A database migrated to the listing table gets its rows once; afterwards the signals
    # keep them, and `manage.py rebuild_memorial_listing` rebuilds them on demand.
    if sender.name != "memorial" or kwargs.get("using", DEFAULT_DB_ALIAS) != DEFAULT_DB_ALIAS:
        return
    if ListingEntry._meta.db_table not in connection.introspection.table_names():
        return  # migrated back before the table
    if not ListingEntry.objects.exists() and MemorialPage.objects.public().exists():
        rebuild_listing()


def _memorials_under(page):
    return MemorialPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
