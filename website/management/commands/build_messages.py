"""Compile locale/*/LC_MESSAGES/*.po into .mo files with polib.

Django's own compilemessages needs GNU gettext's msgfmt, which a machine with only Python
may lack; `make install` runs this instead, so compiled messages are never stale."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile every .po file under LOCALE_PATHS into a .mo file."

    def handle(self, *args, **options):
        compiled = 0
        for root in settings.LOCALE_PATHS:
            for po_path in sorted(Path(root).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                try:
                    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                compiled += 1
        self.stdout.write(f"Compiled {compiled} message file(s).")
