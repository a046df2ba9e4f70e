"""Signatures are covered by the retention and erasure commands."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import Signature, SignatureTally

from .helpers import campaign, sign, sign_and_confirm

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_erasure_removes_every_signature_of_an_address_and_withdraws_it(demo, client):
    page, other = campaign(), campaign("special-tribunal")
    sign_and_confirm(client, page, email="erase.me@example.org")
    sign(client, other, email="erase.me@example.org")
    sign_and_confirm(client, page, email="keep.me@example.org")
    assert SignatureTally.count_for(page.translation_key) == 2

    output = _run("erase_personal_data", "Erase.Me@example.org")

    assert "petition signatures: 2 removed" in output
    assert not Signature.objects.filter(email="erase.me@example.org").exists()
    assert Signature.objects.filter(email="keep.me@example.org").exists()
    assert SignatureTally.count_for(page.translation_key) == 1
    assert 'data-count="1"' in client.get(page.url).content.decode()


def test_retention_deletes_expired_unconfirmed_and_old_confirmed_signatures(demo, client):
    page = campaign()
    sign(client, page, email="stale@example.org")
    sign(client, page, email="fresh@example.org")
    sign_and_confirm(client, page, email="old@example.org")
    sign_and_confirm(client, page, email="recent@example.org")
    now = timezone.now()
    Signature.objects.filter(email="stale@example.org").update(created_at=now - timedelta(days=8))
    Signature.objects.filter(email="old@example.org").update(
        created_at=now - timedelta(days=800), confirmed_at=now - timedelta(days=800)
    )

    output = _run("purge_personal_data")

    assert "petition signatures: 2 removed" in output
    remaining = set(Signature.objects.values_list("email", flat=True))
    assert remaining == {"fresh@example.org", "recent@example.org"}
    # The public count keeps what was confirmed: retention is not withdrawal.
    assert SignatureTally.count_for(page.translation_key) == 2


def test_retention_deletes_signatures_of_deleted_campaigns(demo, client):
    page = campaign("special-tribunal")
    sign(client, page, email="orphan@example.org")
    for translation in page.get_translations(inclusive=True):
        translation.delete()
    _run("purge_personal_data")
    assert not Signature.objects.filter(email="orphan@example.org").exists()
