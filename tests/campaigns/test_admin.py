"""Signatures in the admin: per campaign, counts by country, and the CSV export for the
holders of `campaigns.export_signatures` only, without the contact column of those who
opted out."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from campaigns.models import Signature
from tests.accounts_helpers import assert_refused, create_user, login_verified

from .helpers import campaign

pytestmark = pytest.mark.django_db


def _group(name, *codenames):
    group = Group.objects.create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="campaigns", codename__in=codenames),
    )
    return group


def _signatures(page):
    now = timezone.now()
    common = {"campaign_key": page.translation_key, "language": "ar"}
    Signature.objects.create(
        name="Rania",
        email="rania@example.org",
        country="DE",
        contact_ok=True,
        confirmed_at=now,
        **common,
    )
    Signature.objects.create(
        name='=HYPERLINK("x")',
        email="quiet@example.org",
        country="DE",
        contact_ok=False,
        confirmed_at=now,
        **common,
    )
    Signature.objects.create(
        name="Pending", email="pending@example.org", country="SE", contact_ok=True, **common
    )


def _client_for(client, *codenames, username="someone"):
    user, _secret = create_user(username, groups=[_group(f"g-{username}", *codenames)])
    return login_verified(client, user)


def _urls(page):
    base = f"/admin/campaigns/signatures/{page.translation_key}/"
    return {"index": "/admin/campaigns/signatures/", "report": base, "export": base + "export.csv"}


def test_an_editor_without_the_permission_sees_no_signatures(demo, client):
    page = campaign()
    _signatures(page)
    _client_for(client)
    for url in _urls(page).values():
        response = client.get(url)
        assert_refused(response)
        assert b"rania@example.org" not in response.content


def test_viewers_see_the_report_but_cannot_export(demo, client):
    page = campaign()
    _signatures(page)
    _client_for(client, "view_signature")
    urls = _urls(page)

    index = client.get(urls["index"]).content.decode()
    assert page.title in index

    report = client.get(urls["report"])
    assert report.status_code == 200
    html = report.content.decode()
    assert "2 confirmed, 1 unconfirmed." in html
    assert "Germany" in html and "Sweden" in html
    assert "export.csv" not in html
    refused = client.get(urls["export"])
    assert_refused(refused)
    assert not refused.get("Content-Type", "").startswith("text/csv")

    confirmed_only = client.get(urls["report"] + "?status=confirmed").content.decode()
    assert "pending@example.org" not in confirmed_only
    assert "rania@example.org" in confirmed_only


def test_the_export_holds_confirmed_signatures_and_respects_opt_outs(demo, client):
    page = campaign()
    _signatures(page)
    _client_for(client, "view_signature", "export_signatures")
    urls = _urls(page)
    assert "export.csv" in client.get(urls["report"]).content.decode()

    response = client.get(urls["export"])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2  # the unconfirmed one is not exported
    by_name = {row["name"]: row for row in rows}
    assert by_name["Rania"]["email"] == "rania@example.org"
    # Opted out of contact: the e-mail column stays empty.
    quiet = by_name['\'=HYPERLINK("x")']  # and a formula is never a formula
    assert quiet["email"] == ""
    assert quiet["contact_ok"] == "no"
    assert "quiet@example.org" not in text
    assert by_name["Rania"]["country"] == "Germany"


def test_the_campaign_page_in_the_admin_links_to_its_signatures(demo, client):
    user, _secret = create_user("boss", superuser=True)
    login_verified(client, user)
    page = campaign()
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert _urls(page)["report"] in response.content.decode()
