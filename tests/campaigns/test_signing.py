"""A signature counts only after its e-mail link is followed, and only once."""

import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, override

from campaigns import petition
from campaigns.models import CampaignPage, Signature, SignatureTally

from .helpers import campaign, form_data, last_link, link_path, sign, sign_and_confirm

pytestmark = pytest.mark.django_db


def _count(page) -> int:
    return SignatureTally.count_for(page.translation_key)


def test_signing_stores_a_pending_signature_and_sends_a_link_in_the_signers_language(demo, client):
    page = campaign(language="ar")
    response = sign(client, page, email="Salma@Example.org", name="سلمى")
    assert response.status_code == 302
    assert response["Location"] == f"/ar/petitions/{page.pk}/signed/"

    signature = Signature.objects.get()
    assert signature.confirmed_at is None
    assert signature.email == "salma@example.org"
    assert signature.language == "ar"
    assert signature.campaign_key == page.translation_key
    assert _count(page) == 0

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["salma@example.org"]
    assert page.title in message.subject
    assert "/ar/petitions/confirm/" in last_link()
    # Nothing a stranger typed goes into someone else's inbox.
    assert "سلمى" not in message.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert b"share-links" in thanks.content


def test_opening_the_link_confirms_nothing_until_the_button_is_pressed(demo, client):
    page = campaign()
    sign(client, page)
    path = link_path(last_link())

    shown = client.get(path)
    assert shown.status_code == 200
    assert b'method="post"' in shown.content
    assert Signature.objects.get().confirmed_at is None
    assert _count(page) == 0

    response = client.post(path)
    assert response.status_code == 302
    assert response["Location"] == f"/en/petitions/{page.pk}/thanks/"
    assert Signature.objects.get().confirmed_at is not None
    assert _count(page) == 1

    thanks = client.get(response["Location"])
    assert b'data-count="1"' in thanks.content
    assert b"share-links" in thanks.content


def test_a_link_used_twice_counts_once(demo, client):
    page = campaign()
    path = sign_and_confirm(client, page)
    again = client.post(path)
    assert again.status_code == 200
    assert b"already" in again.content.lower()
    assert client.get(path).status_code == 200
    assert _count(page) == 1


def test_signing_again_with_the_same_address_counts_once(demo, client):
    from django.core.cache import cache

    page = campaign()
    sign_and_confirm(client, page, email="twice@example.org")
    cache.clear()  # past the duplicate window
    sign(client, campaign(language="fr"), email="TWICE@example.org")
    path = link_path(last_link())
    response = client.post(path)
    assert response.status_code == 200
    assert _count(page) == 1
    # The redundant pending signature is gone; the counted one stays.
    assert Signature.objects.filter(email="twice@example.org").count() == 1


def test_two_pending_signatures_of_one_address_count_once(demo, client):
    from django.core.cache import cache

    page = campaign()
    sign(client, page, email="both@example.org")
    first = link_path(last_link())
    cache.clear()
    sign(client, page, email="both@example.org")
    second = link_path(last_link())
    assert first != second
    assert client.post(second).status_code == 302
    assert client.post(first).status_code == 200
    assert _count(page) == 1
    assert Signature.objects.filter(confirmed_at__isnull=False).count() == 1


def test_different_campaigns_count_separately(demo, client):
    sign_and_confirm(client, campaign(), email="a@example.org")
    sign_and_confirm(client, campaign("special-tribunal"), email="a@example.org")
    assert _count(campaign()) == 1
    assert _count(campaign("special-tribunal")) == 1


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        "eyJzIjoxLCJmIjoiMDAwMCJ9:1abcde:forgedforgedforgedforgedforgedforgedforg",
        "%3Cscript%3E",
        "x" * 3000,
    ],
)
def test_a_forged_link_gets_a_clear_page(demo, client, token):
    page = campaign()
    sign(client, page)
    for method in (client.get, client.post):
        response = method(f"/en/petitions/confirm/{token}/")
        assert response.status_code == 400
        assert b"This link is not valid" in response.content
    assert _count(page) == 0


def test_a_tampered_link_pointing_at_another_signature_is_refused(demo, client):
    page = campaign()
    sign(client, page, email="one@example.org")
    other = Signature.objects.get()
    # A token for the right id made without our key: the signature check refuses it.
    fake = signing.dumps({"s": other.pk, "f": "0" * 16}, salt=petition.TOKEN_SALT, key="wrong")
    assert client.post(f"/en/petitions/confirm/{fake}/").status_code == 400
    # Signed by us, but the fingerprint does not match the signature: refused too.
    mismatch = signing.dumps({"s": other.pk, "f": "0" * 16}, salt=petition.TOKEN_SALT)
    assert client.post(f"/en/petitions/confirm/{mismatch}/").status_code == 410
    assert _count(page) == 0


def test_an_expired_link_gets_a_clear_page(demo, client, monkeypatch):
    page = campaign()
    sign(client, page)
    signature = Signature.objects.get()
    # A link made eight days ago.
    past = time.time() - timedelta(days=8).total_seconds()
    monkeypatch.setattr(signing.time, "time", lambda: past)
    token = petition.make_token(signature)
    monkeypatch.undo()
    response = client.post(f"/en/petitions/confirm/{token}/")
    assert response.status_code == 410
    assert b"This link has expired" in response.content
    assert Signature.objects.get().confirmed_at is None
    assert _count(page) == 0


def test_a_link_to_a_deleted_signature_gets_a_clear_page(demo, client):
    sign(client, campaign())
    path = link_path(last_link())
    Signature.objects.all().delete()
    response = client.post(path)
    assert response.status_code == 410
    assert b"This link has expired" in response.content


def _close(page, **fields):
    for translation in CampaignPage.objects.filter(translation_key=page.translation_key):
        for name, value in (fields or {"status": CampaignPage.CLOSED}).items():
            setattr(translation, name, value)
        translation.save_revision().publish()


def test_a_closed_campaign_refuses_signatures_politely(demo, client):
    page = campaign()
    _close(page)
    response = sign(client, page)
    assert response.status_code == 403
    assert b"This petition is closed" in response.content
    assert not Signature.objects.exists()
    shown = client.get(page.url)
    assert b"Closed" in shown.content
    assert b"petition-form" not in shown.content


def test_a_campaign_past_its_end_date_closes_by_itself(demo, client):
    page = campaign()
    _close(page, end_date=timezone.localdate() - timedelta(days=1))
    assert campaign().effective_status == CampaignPage.CLOSED
    assert sign(client, page).status_code == 403
    shown = client.get(page.url)
    assert b"campaign-status--closed" in shown.content
    assert b"petition-form" not in shown.content


def test_a_campaign_closed_in_one_language_only_takes_no_signatures(demo, client):
    page = campaign(language="fr")
    source = campaign()
    source.status = CampaignPage.CLOSED
    source.save_revision().publish()
    assert sign(client, page).status_code == 403
    # The French page, not yet synced, agrees with the sign view: closed, with no form.
    page.refresh_from_db()
    assert page.status == CampaignPage.OPEN
    shown = client.get(page.url)
    assert shown.status_code == 200
    html = shown.content.decode()
    assert "petition-form" not in html
    assert "campaign-status--open" not in html
    assert "campaign-status--closed" in html
    with override("fr"):
        open_label, closed_label = gettext("Open"), gettext("Closed")
        notice = gettext(
            "This petition is closed and no longer takes signatures. Thank you for your support."
        )
    assert open_label != "Open" and notice.startswith("Cette")  # really in French
    assert f">{open_label}<" not in html
    assert f">{closed_label}<" in html
    assert escape(notice) in html


def test_a_link_confirmed_after_the_campaign_closed_is_not_counted(demo, client):
    page = campaign()
    sign(client, page)
    path = link_path(last_link())
    _close(page)
    assert client.get(path).status_code == 410
    response = client.post(path)
    assert response.status_code == 410
    assert b"This petition is closed" in response.content
    assert _count(page) == 0


def test_a_won_campaign_says_so(demo, client):
    page = campaign()
    _close(page, status=CampaignPage.WON)
    shown = client.get(page.url)
    assert b"campaign-status--won" in shown.content
    assert b"This campaign has been won" in shown.content


def test_the_form_keeps_the_campaign_url_and_posts_under_the_language_prefix(demo, client):
    for language in ("ar", "en", "fr", "de"):
        page = campaign(language=language)
        html = client.get(page.url).content.decode()
        assert f'action="/{language}/petitions/{page.pk}/sign/"' in html


def test_csrf_is_required(demo):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    page = campaign()
    response = strict.post(f"/en/petitions/{page.pk}/sign/", form_data())
    assert response.status_code == 403
    assert not Signature.objects.exists()


def test_signing_a_page_that_is_not_a_live_campaign_is_404(demo, client):
    assert client.post("/en/petitions/999999/sign/", form_data()).status_code == 404
    page = campaign()
    page.unpublish()
    assert sign(client, page).status_code == 404


def test_form_data_helper_is_valid():
    from campaigns.forms import SignatureForm

    assert SignatureForm(form_data()).is_valid()
