"""Daily retention: delete personal data that has outlived its purpose (for example the
e-mail address of a tribute sender once moderation is over). Run from cron or a scheduler."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from website.personal_data import sources


class Command(BaseCommand):
    help = "Delete personal data past its retention period, for every registered source."

    def handle(self, *args, **options):
        now = timezone.now()
        for source in sources():
            with transaction.atomic():
                removed = source.expire(now)
            self.stdout.write(f"{source.label}: {removed} removed")
