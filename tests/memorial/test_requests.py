"""Memorial requests from families: the form, hostile uploads, refusals, privacy."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from PIL import Image

from memorial.models import MemorialRequest
from website.media.storages import is_private

from .test_tribute_fixtures import image_bytes, started_long_ago, storage_down  # noqa: F401

pytestmark = pytest.mark.django_db


def url(lang="en"):
    with translation.override(lang):
        return reverse("memorial_request")


def request_data(**overrides):
    data = {
        "name_native": "سامر المثال",
        "name_latin": "Samer Example",
        "birth_year": "1980",
        "birth_month": "3",
        "birth_day": "",
        "arrest_year": "2012",
        "arrest_month": "",
        "arrest_day": "",
        "death_year": "2013",
        "death_month": "",
        "death_day": "",
        "birth_place": "Daraa",
        "detention_place": "",
        "governorate": "daraa",
        "story": "He loved teaching.",
        "show_dates": "on",
        "show_places": "on",
        "show_biography": "on",
        "show_portrait": "on",
        "requester_name": "A. Relative",
        "relationship": "his sister",
        "email": "relative@example.org",
        "phone": "+49 30 1234567",
        "consent": "on",
        "accept_policy": "on",
        "website": "",
        "started": started_long_ago(),
    }
    data.update(overrides)
    return data


def upload(content, name="portrait.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_form_page_is_never_cached(client, demo):
    response = client.get(url("ar"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "X-Page-Cache" not in response
    assert 'enctype="multipart/form-data"' in response.content.decode()


def test_a_request_goes_to_the_private_queue_with_a_clean_portrait(
    client, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("ar"), request_data(portrait=upload(image_bytes("JPEG", size=(120, 90))))
        )
    assert response.status_code == 302
    assert response["Location"] == url("ar") + "sent/"
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200 and 'lang="ar"' in confirmation.content.decode()[:300]
    saved = MemorialRequest.objects.get()
    assert saved.state == "pending" and saved.language == "ar"
    assert (saved.birth_year, saved.birth_month, saved.birth_day) == (1980, 3, None)
    # The portrait lives in the private storage, carries no metadata, and has a random name.
    assert is_private(saved.portrait.storage)
    assert "portrait" not in saved.portrait.name
    with saved.portrait.open("rb") as stored:
        data = stored.read()
    image = Image.open(io.BytesIO(data))
    assert image.size == (120, 90)
    assert not image.getexif()
    assert "exif" not in image.info and "xmp" not in image.info and "comment" not in image.info
    for secret in (b"CameraMaker", b"SecretSoftware", b"secret-xmp", b"secret comment"):
        assert secret not in data
    # The moderators are told, without any of it.
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body + mail.outbox[0].subject
    for private in ("relative@example.org", "Samer", "سامر", "1234567", "his sister"):
        assert private not in body
    saved.portrait.delete(save=False)


@pytest.mark.parametrize(
    "content, name, content_type",
    [
        (b"#!/bin/sh\nrm -rf /\n", "portrait.jpg", "image/jpeg"),
        (b"<script>alert(1)</script>", "portrait.png", "image/png"),
        (b"GIF89a<?php system($_GET['c']); ?>", "portrait.gif", "image/gif"),
    ],
)
def test_a_script_disguised_as_an_image_is_refused(client, demo, content, name, content_type):
    response = client.post(url(), request_data(portrait=upload(content, name, content_type)))
    assert response.status_code == 400
    html = response.content.decode()
    assert "not an image we can accept" in html
    # Everything typed is still there.
    assert (
        "Samer Example" in html and "relative@example.org" in html and "He loved teaching." in html
    )
    assert not MemorialRequest.objects.exists()


def test_a_decompression_bomb_is_refused(client, demo):
    # A tiny PNG that claims 30,000 × 30,000 pixels (900 megapixels).
    buffer = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) < 1024 * 1024
    response = client.post(url(), request_data(portrait=upload(buffer.getvalue(), "bomb.png")))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_portrait_error"' in html
    assert "This image has too many pixels." in html
    assert "not an image we can accept" not in html
    assert not MemorialRequest.objects.exists()


def test_a_file_too_large_is_refused(client, demo):
    big = image_bytes("JPEG") + b"\0" * (6 * 1024 * 1024)
    response = client.post(url(), request_data(portrait=upload(big)))
    assert response.status_code == 400
    assert "too large" in response.content.decode()


def test_validation_keeps_what_was_typed_and_explains(client, demo):
    response = client.post(
        url(),
        request_data(
            name_native="",
            name_latin="",
            birth_day="12",
            birth_month="",
            death_year="1975",
            consent="",
            story="<b>bold</b> قصة",
        ),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please give their name" in html
    assert "Give the month when a day is given." in html
    assert "We can only prepare a memorial with your consent." in html
    assert "&lt;b&gt;bold&lt;/b&gt; قصة" in html
    assert 'value="relative@example.org"' in html


def test_dates_in_the_wrong_order_or_future_are_refused(client, demo):
    response = client.post(url(), request_data(birth_year="2000", death_year="1990"))
    assert response.status_code == 400
    assert "before an earlier date" in response.content.decode()
    response = client.post(url(), request_data(death_year="2999"))
    assert response.status_code == 400


def test_a_request_posted_twice_is_refused(client, demo):
    assert client.post(url(), request_data()).status_code == 302
    response = client.post(url(), request_data())
    assert response.status_code == 409
    assert MemorialRequest.objects.count() == 1


def test_requests_are_rate_limited(client, demo):
    statuses = [
        client.post(url(), request_data(email=f"person{n}@example.org")).status_code
        for n in range(8)
    ]
    assert statuses[:5] == [302] * 5 and set(statuses[5:]) == {429}


def test_honeypot_is_refused(client, demo):
    response = client.post(url(), request_data(website="filled by a bot"))
    assert response.status_code == 400
    assert not MemorialRequest.objects.exists()


def test_huge_and_hostile_text_never_gives_500(client, demo):
    response = client.post(
        url(),
        request_data(
            story="\u202e" + "x" * (2 * 1024 * 1024),
            name_latin="<script>alert(1)</script>",
            birth_year="not-a-year",
            birth_month="13",
            governorate="atlantis",
            phone="\x00",
        ),
    )
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.usefixtures("storage_down")
def test_storage_down_keeps_the_form_and_saves_nothing(client, demo):
    from website.media.storage_errors import StorageUnavailable

    with translation.override("ar"):
        expected = str(StorageUnavailable().messages[0])
    assert "could not store" not in expected  # the Arabic catalogue has it
    response = client.post(
        url("ar"), request_data(portrait=upload(image_bytes("JPEG", size=(120, 90))))
    )
    assert response.status_code == 503
    html = response.content.decode()
    assert escape(expected) in html
    assert 'value="Samer Example"' in html and "He loved teaching." in html
    assert not MemorialRequest.objects.exists()
    assert not mail.outbox
