"""Load the demo content of every app, in all four languages. Safe to run again."""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from website.demo import DemoContext

DEV_USERNAME = "admin"
DEV_PASSWORD = "admin-dev-password"  # noqa: S105 (a development account, never in production)


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
            self._superuser()

    def _superuser(self):
        User = get_user_model()
        if not User.objects.filter(username=DEV_USERNAME).exists():
            User.objects.create_superuser(DEV_USERNAME, "admin@example.org", DEV_PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded. Admin: http://127.0.0.1:8000/admin/ — user {DEV_USERNAME!r}, "
                f"password {DEV_PASSWORD!r} (development only)."
            )
        )
