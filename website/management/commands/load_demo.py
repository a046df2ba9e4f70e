"""Load the demo content of every app, in all four languages. Safe to run again."""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from website.demo import DemoContext


class Command(BaseCommand):
    help = "Create the demo pages, settings and users (idempotent). Refuses unless DEBUG is on."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is off (never in production).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: demo content and development accounts do not belong on a real "
                "site. Use --force only on a throw-away database."
            )
        context = DemoContext(write=self.stdout.write)
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo":
                        raise
                    continue
                module.load(context)
        # The development accounts (a superuser and one per role, each with a second factor)
        # are created and printed by accounts/demo.py.
        self.stdout.write(self.style.SUCCESS("Demo loaded."))
