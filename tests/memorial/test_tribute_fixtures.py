"""Fixtures and helpers for the tribute, request and moderation tests (no tests here)."""

import datetime
import io
import time

import pytest
from django.core import signing
from PIL import Image
from wagtail.models import Locale

from memorial.models import ConsentRecord, MemorialIndexPage, MemorialPage

_SIGNING_SALT = "website.form_protection.started"


def started_long_ago() -> str:
    """The signed 'form shown at' value of a form opened a minute ago (a person's pace)."""
    return signing.dumps(time.time() - 60, salt=_SIGNING_SALT)


def make_memorial(slug="test-tribute-memorial", consent=True, languages=("ar",)):
    """A published memorial in English and its translations, with an active consent."""
    index = MemorialIndexPage.objects.get(locale__language_code="en")
    page = MemorialPage(
        title="Sample person",
        slug=slug,
        name_native="سامي الاختبار",
        name_latin="Sami Test",
        is_fictional_sample=True,
        live=False,
    )
    index.add_child(instance=page)
    if consent:
        ConsentRecord.objects.create(
            person=page.person,
            given_by_name="Fictional relative",
            given_by_relationship="sister",
            given_at=datetime.date(2024, 1, 1),
            obtained_how=ConsentRecord.Method.SIGNED_FORM,
            show_name=True,
        )
        page.save_revision().publish()
    pages = {"en": MemorialPage.objects.get(pk=page.pk)}
    for code in languages:
        translation = page.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=False
        )
        translation.save()
        if consent:
            translation.save_revision().publish()
        pages[code] = MemorialPage.objects.get(pk=translation.pk)
    return pages


@pytest.fixture
def memorial(demo):
    """A fresh consented memorial, and an empty moderation queue (the demo's sample tributes
    are removed inside the test's transaction, so counts and lookups are the test's own)."""
    from memorial.models import Tribute

    Tribute.objects.all().delete()
    return make_memorial()


def tribute_data(**overrides):
    data = {
        "message": "We remember you every day.\nYour family.",
        "signature_kind": "relationship",
        "signature": "his sister",
        "language": "en",
        "email": "",
        "accept_policy": "on",
        "website": "",
        "started": started_long_ago(),
    }
    data.update(overrides)
    return data


def image_bytes(fmt="JPEG", size=(64, 48), exif_gps=True, color=(200, 30, 30)) -> bytes:
    """A small image carrying EXIF with a GPS position, an XMP packet and a comment."""
    image = Image.new("RGB", size, color)
    buffer = io.BytesIO()
    params = {}
    if exif_gps:
        exif = Image.Exif()
        exif[0x010F] = "CameraMaker"  # Make
        exif[0x0131] = "SecretSoftware"
        gps = {1: "N", 2: (33.0, 30.0, 0.0), 3: "E", 4: (36.0, 18.0, 0.0)}
        exif[0x8825] = gps
        params["exif"] = exif.tobytes()
    if fmt == "JPEG":
        params["comment"] = b"secret comment"
        params["xmp"] = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-xmp</x:xmpmeta>'
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


@pytest.fixture
def decide(django_capture_on_commit_callbacks):
    """Moderate as the admin does, running what waits for the commit (the cache purge and
    the e-mail) as a real transaction would."""
    from memorial.moderation import moderate_tributes

    def run(tributes, decision, user=None):
        with django_capture_on_commit_callbacks(execute=True):
            return moderate_tributes(tributes, decision, user)

    return run


@pytest.fixture
def storage_down(settings, tmp_path):
    """Both storages on S3 at a port where nothing listens (as tests/s3 does)."""
    import socket

    from website.settings.storage import media_storages

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        "AWS_STORAGE_BUCKET_NAME": "media-down",
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": "private-down",
        "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_S3_REGION_NAME": "eu-central-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_S3_ADDRESSING_STYLE": "path",
        "AWS_S3_MAX_ATTEMPTS": "1",
        "AWS_S3_CONNECT_TIMEOUT": "2",
    }
    settings.STORAGES = {
        **media_storages(env, tmp_path / "private-media"),
        "staticfiles": settings.STORAGES["staticfiles"],
    }
