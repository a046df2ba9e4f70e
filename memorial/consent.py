"""Withdrawing a family's consent, in one step, everywhere; and taking a withheld name out
of the memorial's address.

Called by the admin's withdrawal action (and usable from code): the private record is kept
and marked withdrawn; every translation of the memorial is unpublished; scheduled publishing
is cancelled; each page gets an entry in Wagtail's audit log; the full-page cache and any
configured front-end cache (CDN: the memorial's pages and the pages that show it) are
purged. Tributes disappear with the page. Re-granting consent later does not republish
anything: an editor publishes again."""

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache, purge_url_from_cache
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from website.models import HomePage
from website.page_cache import invalidate_page_cache

from .listing_table import deferred_refresh, refresh_listing
from .models import ConsentRecord, MemorialIndexPage, MemorialPage, Person, neutral_slug

WITHDRAWN_LOG_ACTION = "memorial.consent_withdrawn"
PUBLISH_REFUSED_LOG_ACTION = "memorial.publish_refused"
ADDRESS_CHANGED_LOG_ACTION = "memorial.address_without_name"


def withdraw_consent(consent: ConsentRecord, user=None, how: str = "", reason: str = ""):
    """Withdraw the person's consent and take every translation of the memorial down.
    Returns the pages that were live."""
    now = timezone.now()
    # One listing refresh at the end, not one per unpublished translation.
    with transaction.atomic(), deferred_refresh():
        # The family's consent is one fact: every record still active for the person ends.
        ConsentRecord.objects.filter(person_id=consent.person_id, withdrawn_at__isnull=True).update(
            withdrawn_at=now, withdrawn_how=how, withdrawal_reason=reason, withdrawn_by=user
        )
        consent.refresh_from_db()
        pages = list(MemorialPage.objects.filter(person_id=consent.person_id))
        # No scheduled revision may bring the memorial back by itself.
        Revision.page_revisions.filter(object_id__in=[str(page.pk) for page in pages]).update(
            approved_go_live_at=None
        )
        was_live = [page for page in pages if page.live]
        for page in was_live:
            # The consent manager may not be a page publisher; the withdrawal must happen.
            UnpublishPageAction(page, user=user, log_action="wagtail.unpublish").execute(
                skip_permission_checks=True
            )
        for page in pages:
            log(
                instance=page,
                action=WITHDRAWN_LOG_ACTION,
                user=user,
                data={"consent_id": consent.pk, "how": how, "was_live": page in was_live},
            )
        # The memorial leaves the index in every language (the records were updated in bulk,
        # without signals).
        refresh_listing([consent.person_id])
    invalidate_page_cache()
    if was_live:
        purge_from_cdn(consent.person_id, was_live)
    return was_live


def purge_from_cdn(person_id, pages=(), urls=()):
    """A CDN (when one is configured) keeps public pages briefly: purge the memorial's own
    `pages`, the addresses in `urls`, and the pages that show the person elsewhere: every
    language's home page (latest memorials) and memorial index, and the news items that link
    the memorial. (Searches, filtered lists and the sitemap never reach a CDN: see
    website/page_cache.py and news/sitemap.py.)"""
    # Looked up by name: the news app builds on this one, not the other way round.
    links = apps.get_model("news", "NewsPageMemorial").objects.filter(memorial__person_id=person_id)
    showing = [
        *HomePage.objects.live(),
        *MemorialIndexPage.objects.live(),
        *Page.objects.live().filter(pk__in=links.values("page_id")),
    ]
    purge_pages_from_cache([*pages, *showing])
    for url in urls:
        purge_url_from_cache(url)


def withhold_name_from_addresses(person_id) -> list[MemorialPage]:
    """When the family's consent stops allowing the name, a live memorial whose address
    carries it moves to a neutral address (memorial-<n>), in every language, at once: the
    memorial stays up, the name leaves its URL. No redirect is kept from the old address.
    Returns the pages that moved. A draft that still holds the old slug cannot be published
    again until an editor changes it (MemorialPage.publication_refusal)."""
    person = Person.objects.filter(pk=person_id).first()
    consent = person.active_consent if person else None
    if consent is None or consent.show_name:
        return []
    moved = []
    pages = MemorialPage.objects.filter(person_id=person_id, live=True)
    for page in pages.select_related("locale"):
        if not page.address_carries_name():
            continue
        old_url = page.get_full_url()
        old_path = Redirect.normalise_path(page.get_url_parts()[2])
        slug = neutral_slug(person_id)
        if page.get_siblings(inclusive=False).filter(slug=slug).exists():
            slug = f"{slug}-{page.pk}"  # two pages of one person under one index (rare)
        page.slug = slug
        page.save(update_fields=["slug", "url_path"], clean=False)
        log(instance=page, action=ADDRESS_CHANGED_LOG_ACTION, data={"consent_id": consent.pk})
        moved.append((page, old_url, old_path))
    if moved:
        transaction.on_commit(lambda: _forget_old_addresses(person_id, moved))
    return [page for page, _url, _path in moved]


def _forget_old_addresses(person_id, moved):
    # Runs after Wagtail's own on-commit handler, which creates a redirect from the old
    # address: an address that names the person must not keep leading to the memorial.
    for page, _old_url, old_path in moved:
        Redirect.objects.filter(redirect_page=page, old_path=old_path).delete()
    invalidate_page_cache()
    purge_from_cdn(person_id, urls=[old_url for _page, old_url, _path in moved if old_url])
