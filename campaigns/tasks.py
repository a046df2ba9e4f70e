"""Background work of the campaigns app: the confirmation e-mail of a signature."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from campaigns.models import Signature
from campaigns.petition import CONFIRMATION_WINDOW, campaign_for
from website.models import SiteSettings


def _organisation_name() -> str:
    found = SiteSettings.for_active_language()
    return found.organisation_name if found else str(settings.ORGANISATION_NAME)


@task()
def send_signature_confirmation(signature_id: int, confirm_url: str) -> bool:
    """E-mail the confirmation link, in the language the visitor signed in. The signer's
    name is deliberately left out: anyone can type any address, and the message must carry
    nothing a stranger wrote."""
    signature = Signature.objects.filter(pk=signature_id, confirmed_at__isnull=True).first()
    if signature is None:
        return False
    with translation.override(signature.language):
        campaign = campaign_for(signature.campaign_key, signature.language)
        context = {
            "campaign": campaign,
            "confirm_url": confirm_url,
            "days": CONFIRMATION_WINDOW.days,
            "organisation": _organisation_name(),
        }
        subject = " ".join(render_to_string("campaigns/email/confirm_subject.txt", context).split())
        body = render_to_string("campaigns/email/confirm_body.txt", context)
    send_mail(subject, body, None, [signature.email])
    return True
