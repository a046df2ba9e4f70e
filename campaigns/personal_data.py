"""Petition signers' personal data, for `manage.py purge_personal_data` (retention) and
`manage.py erase_personal_data EMAIL` (erasure on request)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count

from campaigns.models import CampaignPage, Signature, SignatureTally
from campaigns.petition import CONFIRMATION_WINDOW
from website.page_cache import invalidate_page_cache
from website.personal_data import PersonalDataSource, register


@register
class PetitionSigners(PersonalDataSource):
    label = "petition signatures"

    def expire(self, now: datetime) -> int:
        # Confirmed signatures are kept while they can be handed over and checked; the public
        # count stays as it is when they are deleted.
        retention = timedelta(days=settings.SIGNATURE_RETENTION_DAYS)
        unconfirmed = Signature.objects.filter(
            confirmed_at__isnull=True, created_at__lt=now - CONFIRMATION_WINDOW
        )
        confirmed = Signature.objects.filter(confirmed_at__lt=now - retention)
        # Signatures of campaigns that no longer exist in any language have no purpose left.
        campaign_keys = CampaignPage.objects.values("translation_key")
        orphaned = Signature.objects.exclude(campaign_key__in=campaign_keys)
        removed = 0
        for queryset in (unconfirmed, confirmed, orphaned):
            removed += queryset.delete()[0]
        return removed

    def erase(self, email: str) -> int:
        """Delete every signature of this address. A confirmed one is withdrawn from its
        campaign's public count too: the person asked to be taken out."""
        signatures = Signature.objects.filter(email__iexact=email.strip())
        withdrawn = (
            signatures.filter(confirmed_at__isnull=False)
            .values("campaign_key")
            .annotate(number=Count("pk"))
        )
        for row in withdrawn:
            SignatureTally.add(row["campaign_key"], -row["number"])
        removed = signatures.delete()[0]
        if withdrawn:
            invalidate_page_cache()
        return removed
