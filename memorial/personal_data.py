"""What the memorial app keeps about members of the public, for the retention and erasure
commands (website/management/commands/purge_personal_data.py, erase_personal_data.py).

- Tribute senders: the e-mail address, kept only for the one notice on publication. It is
  deleted when moderation decides; this retention pass is the safety net for addresses that
  outlived moderation (a notice that failed to send), and for tributes never moderated.
- Memorial requesters: name, e-mail and telephone of closed requests (turned into a memorial,
  rejected, spam) are deleted after the retention period; the consent ledger keeps its own
  copy for a memorial that goes ahead.

Retention in days: settings.PERSONAL_DATA_RETENTION_DAYS once moderation is
over; a tribute left pending loses its address after PENDING_RETENTION_DAYS."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q

from website.personal_data import PersonalDataSource, register

from .models import MemorialRequest, Tribute

PENDING_RETENTION_DAYS = 365
REDACTED = "—"


def retention_days() -> int:
    return settings.PERSONAL_DATA_RETENTION_DAYS


@register
class TributeSenders(PersonalDataSource):
    label = "tribute senders (e-mail addresses)"

    def expire(self, now):
        moderated_before = now - timedelta(days=retention_days())
        pending_before = now - timedelta(days=PENDING_RETENTION_DAYS)
        return (
            Tribute.objects.exclude(email="")
            .filter(
                Q(moderated_at__lt=moderated_before)
                | Q(state="pending", created_at__lt=pending_before)
            )
            .update(email="")
        )

    def erase(self, email):
        # The tribute is the sender's own words: erasure removes it entirely.
        found = Tribute.objects.filter(email__iexact=email)
        count = found.count()
        found.delete()
        return count


@register
class MemorialRequesters(PersonalDataSource):
    label = "memorial requesters (contact details, requests)"

    def expire(self, now):
        before = now - timedelta(days=retention_days())
        closed = MemorialRequest.objects.closed().filter(closed_at__lt=before)
        count = 0
        for memorial_request in closed.exclude(email="", phone="", requester_name=REDACTED):
            if memorial_request.portrait:
                memorial_request.portrait.delete(save=False)
            memorial_request.requester_name = REDACTED
            memorial_request.email = ""
            memorial_request.phone = ""
            memorial_request.save(update_fields=["requester_name", "email", "phone", "portrait"])
            count += 1
        return count

    def erase(self, email):
        found = list(MemorialRequest.objects.filter(email__iexact=email))
        for memorial_request in found:
            if memorial_request.portrait:
                memorial_request.portrait.delete(save=False)
            memorial_request.delete()
        return len(found)
