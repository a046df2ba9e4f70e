"""The petition form resists abuse like every public form, and explains every refusal in
the visitor's language while keeping what was typed."""

import time

import pytest
from django.core import mail, signing
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from campaigns.models import Signature
from website.form_protection import _SIGNING_SALT

from .helpers import campaign, sign

pytestmark = pytest.mark.django_db


def test_the_honeypot_refuses_and_keeps_what_was_typed(demo, client):
    response = sign(client, campaign(), website="http://spam.example", name="Keep Me")
    assert response.status_code == 400
    assert b"Please leave the last field empty" in response.content
    assert b'value="Keep Me"' in response.content
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_a_form_sent_back_too_fast_is_refused(demo, client):
    started = signing.dumps(time.time(), salt=_SIGNING_SALT)
    response = sign(client, campaign(), started=started)
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_the_rate_limit_refuses_with_429_and_stores_nothing_more(demo, client):
    page = campaign()
    statuses = [
        sign(client, page, email=f"person{number}@example.org").status_code for number in range(11)
    ]
    assert statuses[:10] == [302] * 10
    assert statuses[10] == 429
    assert Signature.objects.count() == 10


def test_a_duplicate_signature_is_refused_with_a_hint(demo, client):
    page = campaign()
    assert sign(client, page, email="dup@example.org").status_code == 302
    response = sign(client, page, email="DUP@example.org ")
    assert response.status_code == 409
    assert b"spam folder" in response.content
    assert Signature.objects.count() == 1
    assert len(mail.outbox) == 1


def test_errors_are_in_the_visitors_language_and_keep_everything_typed(demo, client):
    page = campaign(language="ar")
    response = sign(client, page, name="  ", email="ليس-بريدًا", country="XX", privacy=None)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'value="ليس-بريدًا"' in html
    # The field errors: each of the four is explained next to its field, and nothing else.
    assert html.count('class="errorlist"') == 4
    english = "Please agree to the privacy policy to sign."
    with translation.override("ar"):
        arabic = gettext(english)
    assert arabic != english  # the catalogue has it
    assert escape(arabic) in html
    assert english not in html  # translated, not English


def test_markup_is_stored_as_typed_and_shown_as_text(demo, client):
    page = campaign()
    name = '<script>alert("x")</script> <b>Nour</b> نور'
    response = sign(client, page, name=name, privacy=None)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html

    assert sign(client, page, name=name).status_code == 302
    assert Signature.objects.get().name == name


def test_a_link_in_the_name_is_refused(demo, client):
    response = sign(client, campaign(), name="Buy now https://spam.example")
    assert response.status_code == 400
    assert not Signature.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"name": "x" * 100_000}, 400),
        ({"email": "a" * 300 + "@example.org"}, 400),
        ({"country": "<svg onload=alert(1)>"}, 400),
        ({"started": "forged"}, 400),
        # Checkboxes read any value as ticked: a valid signature.
        ({"contact_ok": "maybe", "privacy": "\u202e\u0000"}, 302),
        ({"name": "\u202eevil\u202c", "email": "x@y"}, 400),
    ],
)
def test_hostile_input_never_gives_a_500(demo, client, overrides, expected):
    response = sign(client, campaign(), **overrides)
    assert response.status_code == expected


def test_the_sign_url_answers_get_with_the_form_and_is_never_cached(demo, client):
    page = campaign(language="de")
    response = client.get(f"/de/petitions/{page.pk}/sign/")
    assert response.status_code == 200
    assert_never_cached(response)
    assert b"petition-form" in response.content


def assert_never_cached(response):
    assert "no-store" in response["Cache-Control"]
    assert "X-Page-Cache" not in response  # the page cache neither stored nor served it


@pytest.mark.parametrize("step", ["signed", "thanks"])
def test_the_steps_after_signing_are_never_cached(demo, client, step):
    page = campaign(language="fr")
    response = client.get(f"/fr/petitions/{page.pk}/{step}/")
    assert response.status_code == 200
    assert_never_cached(response)
    # Asked again: still built afresh, not served from the page cache.
    assert_never_cached(client.get(f"/fr/petitions/{page.pk}/{step}/"))


def test_no_ip_address_is_stored(demo, client):
    sign(client, campaign(), REMOTE_ADDR="203.0.113.77")
    values = [str(value) for value in Signature.objects.values().get().values()]
    assert not any("203.0.113.77" in value for value in values)
