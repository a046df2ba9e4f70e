"""What happens to a signature: recorded pending, a signed link sent, confirmed once.

The link carries a signed, expiring token naming the signature and a fingerprint of it, so
that it can be neither forged nor pointed at another signature. Confirming is the only way a
signature counts, and it counts once per campaign and e-mail address."""

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.models import CampaignPage, Signature, SignatureTally
from website.page_cache import invalidate_page_cache

TOKEN_SALT = "campaigns.signature.confirm"  # noqa: S105 (a namespace, not a secret)
# How long a confirmation link works; unconfirmed signatures are deleted after it.
CONFIRMATION_WINDOW = timedelta(days=7)

# Outcomes of following a confirmation link.
CONFIRMED = "confirmed"  # this signature now counts
ALREADY = "already"  # this link, or another signature with this address, already counted
FORGED = "forged"  # not a link we made
EXPIRED = "expired"  # older than CONFIRMATION_WINDOW
GONE = "gone"  # the signature is no longer stored (expired and deleted, or erased)
CLOSED = "closed"  # the campaign no longer takes signatures
VALID = "valid"  # (checked, not yet confirmed) the link can be confirmed


@dataclass
class Outcome:
    kind: str
    signature: Signature | None = None
    campaign: CampaignPage | None = None


def _fingerprint(signature: Signature) -> str:
    material = f"{signature.pk}:{signature.email}:{signature.created_at.isoformat()}"
    return hashlib.sha256(material.encode()).hexdigest()[:16]


def make_token(signature: Signature) -> str:
    return signing.dumps({"s": signature.pk, "f": _fingerprint(signature)}, salt=TOKEN_SALT)


def campaign_for(campaign_key, language: str) -> CampaignPage | None:
    """The live campaign page in this language, or in any language if not translated."""
    pages = CampaignPage.objects.live().filter(translation_key=campaign_key)
    return (
        pages.filter(locale__language_code=language).first()
        or pages.order_by("locale__language_code").first()
    )


def record_signature(campaign: CampaignPage, data: dict, language: str) -> Signature:
    return Signature.objects.create(
        campaign_key=campaign.translation_key,
        name=data["name"],
        email=data["email"],
        country=data["country"],
        contact_ok=data["contact_ok"],
        language=language,
    )


def _read(token: str, language: str, lock: bool = False) -> Outcome:
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=CONFIRMATION_WINDOW.total_seconds())
    except signing.SignatureExpired:
        return Outcome(EXPIRED)
    except signing.BadSignature:
        return Outcome(FORGED)
    if not isinstance(payload, dict) or not isinstance(payload.get("s"), int):
        return Outcome(FORGED)
    signatures = Signature.objects.select_for_update() if lock else Signature.objects
    signature = signatures.filter(pk=payload["s"]).first()
    if signature is None or _fingerprint(signature) != payload.get("f"):
        return Outcome(GONE)
    campaign = campaign_for(signature.campaign_key, language)
    if signature.confirmed_at is not None:
        return Outcome(ALREADY, signature, campaign)
    counted = Signature.objects.filter(
        campaign_key=signature.campaign_key, email=signature.email, confirmed_at__isnull=False
    )
    if counted.exists():
        return Outcome(ALREADY, signature, campaign)
    if campaign is None or campaign.petition is None or not campaign.is_open:
        return Outcome(CLOSED, signature, campaign)
    return Outcome(VALID, signature, campaign)


def check_link(token: str, language: str) -> Outcome:
    """What following this link would do, without doing it (the page shown before the
    visitor presses "confirm": mail scanners that open links must not sign for anyone)."""
    return _read(token, language)


def confirm(token: str, language: str) -> Outcome:
    with transaction.atomic():
        outcome = _read(token, language, lock=True)
        if outcome.kind == ALREADY and outcome.signature.confirmed_at is None:
            # Signed twice, and the other signature was confirmed first: keep only that one.
            outcome.signature.delete()
        if outcome.kind != VALID:
            return outcome
        signature = outcome.signature
        signature.confirmed_at = timezone.now()
        try:
            with transaction.atomic():
                signature.save(update_fields=["confirmed_at"])
        except IntegrityError:
            # Two links for one address confirmed at the same moment: the other one won.
            signature.delete()
            return Outcome(ALREADY, signature, outcome.campaign)
        SignatureTally.add(signature.campaign_key)
    # Every cached page showing this campaign's count (in every language) must show the new one.
    invalidate_page_cache()
    return Outcome(CONFIRMED, signature, outcome.campaign)
