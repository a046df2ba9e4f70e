"""Erasure on request: delete everything the site holds about one e-mail address, and report
what was removed (the report names counts, never the data)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from website.personal_data import sources


class Command(BaseCommand):
    help = "Delete everything the site holds about an e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {email!r}") from error
        total = 0
        with transaction.atomic():
            for source in sources():
                removed = source.erase(email)
                total += removed
                self.stdout.write(f"{source.label}: {removed} removed")
        self.stdout.write(f"Total: {total} record(s) removed or anonymised.")
