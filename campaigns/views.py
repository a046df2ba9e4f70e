"""The petition's own URLs (under the language prefix, never cached): sign, the thank-you
step, and the confirmation link from the e-mail."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from campaigns import petition
from campaigns.forms import SignatureForm
from campaigns.models import CampaignPage
from campaigns.tasks import send_signature_confirmation
from website.form_protection import RateLimit, check_rate_limit, is_duplicate, trim_echo

SIGN_LIMIT = RateLimit(scope="petition-sign", limit=10, window=60 * 60)
CONFIRM_LIMIT = RateLimit(scope="petition-confirm", limit=30, window=60 * 60)
# A second signature from one address for one campaign within this time is refused.
DUPLICATE_WINDOW = 60 * 30


def _campaign(page_id: int) -> CampaignPage:
    return get_object_or_404(CampaignPage.objects.live(), pk=page_id)


def _render_sign(request, campaign, form, status):
    if form is not None:
        trim_echo(form)
    return render(
        request,
        "campaigns/sign.html",
        {"campaign": campaign, "form": form, "closed": not campaign.is_open},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign(request, page_id: int):
    campaign = _campaign(page_id)
    if campaign.petition is None:
        raise Http404
    if request.method == "GET":
        return _render_sign(request, campaign, SignatureForm(), 200)

    if not check_rate_limit(request, SIGN_LIMIT):
        form = SignatureForm(request.POST)
        form.is_valid()
        form.add_error(
            None, _("Too many signatures were sent from your connection. Please try again later.")
        )
        return _render_sign(request, campaign, form, 429)
    if not campaign.is_open:
        # Politely, and without a form: there is nothing left to sign.
        return _render_sign(request, campaign, None, 403)
    form = SignatureForm(request.POST)
    if not form.is_valid():
        return _render_sign(request, campaign, form, 400)
    data = form.cleaned_data
    if is_duplicate(
        "petition", str(campaign.translation_key), data["email"], window=DUPLICATE_WINDOW
    ):
        form.add_error(
            None,
            _(
                "This address has just signed this petition. Please look for our e-mail "
                "(also in the spam folder) and follow the link in it."
            ),
        )
        return _render_sign(request, campaign, form, 409)

    language = translation.get_language()
    signature = petition.record_signature(campaign, data, language)
    token = petition.make_token(signature)
    confirm_url = request.build_absolute_uri(reverse("campaigns:confirm", args=[token]))
    send_signature_confirmation.enqueue(signature.pk, confirm_url)
    return redirect("campaigns:signed", page_id=campaign.pk)


@never_cache
def signed(request, page_id: int):
    """After signing: look for the e-mail, and meanwhile, share."""
    context = {"campaign": _campaign(page_id), "days": petition.CONFIRMATION_WINDOW.days}
    return render(request, "campaigns/signed.html", context)


@never_cache
def thanks(request, page_id: int):
    """After confirming: the signature counts; now share."""
    return render(request, "campaigns/thanks.html", {"campaign": _campaign(page_id)})


_STATUS = {
    petition.VALID: 200,
    petition.ALREADY: 200,
    petition.FORGED: 400,
    petition.EXPIRED: 410,
    petition.GONE: 410,
    petition.CLOSED: 410,
}


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """GET shows what the link will do and a button; POST confirms. Opening the link alone
    confirms nothing, so that a mail scanner following links cannot sign for anyone."""
    language = translation.get_language()
    if request.method == "POST":
        if not check_rate_limit(request, CONFIRM_LIMIT):
            return render(request, "campaigns/confirm.html", {"outcome": None}, status=429)
        outcome = petition.confirm(token, language)
        if outcome.kind == petition.CONFIRMED:
            if outcome.campaign is None:  # unpublished meanwhile; the signature still counts
                return render(request, "campaigns/confirm.html", {"outcome": outcome})
            return redirect("campaigns:thanks", page_id=outcome.campaign.pk)
    else:
        outcome = petition.check_link(token, language)
    return render(
        request,
        "campaigns/confirm.html",
        {"outcome": outcome, "token": token, "campaign": outcome.campaign},
        status=_STATUS.get(outcome.kind, 200),
    )
