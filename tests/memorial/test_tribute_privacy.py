"""Retention and erasure of what senders of tributes and memorial requests gave us."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from memorial.models import MemorialRequest, Tribute

from .test_tribute_fixtures import image_bytes, memorial  # noqa: F401

pytestmark = pytest.mark.django_db


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def make_request(**fields):
    defaults = {
        "name_native": "اسم",
        "requester_name": "Requester",
        "relationship": "brother",
        "email": "family@example.org",
        "phone": "+1 555",
        "language": "en",
        "consent_declared_at": timezone.now(),
    }
    defaults.update(fields)
    return MemorialRequest.objects.create(**defaults)


def test_retention_deletes_emails_of_moderated_tributes_after_the_period(memorial):  # noqa: F811
    person = memorial["en"].person
    old = Tribute.objects.create(
        person=person,
        message="a",
        language="en",
        email="old@example.org",
        state="approved",
        moderated_at=days_ago(40),
    )
    recent = Tribute.objects.create(
        person=person,
        message="b",
        language="en",
        email="recent@example.org",
        state="approved",
        moderated_at=days_ago(2),
    )
    pending = Tribute.objects.create(
        person=person, message="c", language="en", email="pending@example.org"
    )
    output = run("purge_personal_data")
    assert "tribute senders (e-mail addresses): 1 removed" in output
    old.refresh_from_db(), recent.refresh_from_db(), pending.refresh_from_db()
    assert (old.email, recent.email, pending.email) == (
        "",
        "recent@example.org",
        "pending@example.org",
    )
    assert old.message == "a"  # the published words stay


def test_retention_deletes_contact_details_of_closed_requests(demo):
    closed = make_request(state="rejected", closed_at=days_ago(45))
    closed.portrait.save("p.jpg", ContentFile(image_bytes(exif_gps=False)), save=True)
    name = closed.portrait.name
    storage = closed.portrait.storage
    open_request = make_request(email="open@example.org")
    output = run("purge_personal_data")
    assert "memorial requesters (contact details, requests): 1 removed" in output
    closed.refresh_from_db(), open_request.refresh_from_db()
    assert closed.email == "" and closed.phone == "" and closed.requester_name == "—"
    assert not closed.portrait and not storage.exists(name)
    assert open_request.email == "open@example.org"


def test_erasure_removes_everything_about_an_address_and_reports_it(memorial):  # noqa: F811
    person = memorial["en"].person
    Tribute.objects.create(person=person, message="x", language="en", email="Erase@Example.org")
    Tribute.objects.create(person=person, message="y", language="en", email="keep@example.org")
    make_request(email="erase@example.org")
    output = run("erase_personal_data", "erase@example.org")
    assert "tribute senders (e-mail addresses): 1 removed" in output
    assert "memorial requesters (contact details, requests): 1 removed" in output
    assert not Tribute.objects.filter(email__iexact="erase@example.org").exists()
    assert not MemorialRequest.objects.filter(email__iexact="erase@example.org").exists()
    assert Tribute.objects.filter(email="keep@example.org").exists()
