"""Wagtail's `publish_scheduled`, with the consent gate: a memorial whose person has no
active consent when its publishing date comes is skipped (its schedule is cleared and the
refusal written to the audit log), and the other scheduled objects are still published.

This app comes before `wagtail` in INSTALLED_APPS, so this command replaces Wagtail's."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from memorial.consent import PUBLISH_REFUSED_LOG_ACTION
from memorial.models import ConsentRecord, MemorialPage


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            self.skip_memorials_without_consent()
        return super().handle(*args, **options)

    def skip_memorials_without_consent(self):
        due = Revision.objects.filter(
            approved_go_live_at__lt=timezone.now(),
            content_type=ContentType.objects.get_for_model(MemorialPage),
        )
        for revision in due:
            memorial = revision.as_object()
            if ConsentRecord.objects.active().filter(person_id=memorial.person_id).exists():
                continue
            revision.approved_go_live_at = None
            revision.save(update_fields=["approved_go_live_at"])
            page = MemorialPage.objects.filter(pk=revision.object_id).first()
            if page is not None:
                log(instance=page, action=PUBLISH_REFUSED_LOG_ACTION, revision=revision)
            self.stderr.write(
                f"Not published (no current consent): memorial {revision.object_id}, "
                f"revision {revision.pk}"
            )
