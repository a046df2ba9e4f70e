"""`manage.py rebuild_memorial_listing`: rebuild the memorial index's listing table (every
language's row of every public memorial) from the pages and the consent records. Signals
keep the table up to date; this is for pages changed without them (bulk SQL, a restore)."""

import time

from django.core.management.base import BaseCommand

from memorial.listing_table import rebuild_listing
from website.page_cache import invalidate_page_cache


class Command(BaseCommand):
    help = "Rebuild the memorial index's listing table from the public memorials."

    def handle(self, **options):
        started = time.monotonic()
        rows = rebuild_listing()
        invalidate_page_cache()
        self.stdout.write(
            self.style.SUCCESS(
                f"Rebuilt the memorial listing: {rows} rows in {time.monotonic() - started:.1f}s"
            )
        )
