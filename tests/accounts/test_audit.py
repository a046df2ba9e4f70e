"""Sign-ins and failed sign-ins in Wagtail's audit log ("Site history"), filterable by user
and action, and not editable."""

import pytest
from wagtail.models import ModelLogEntry

from accounts import audit, roles
from tests.accounts_helpers import DEFAULT_PASSWORD, create_user, login_verified, totp_code

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/site-history/"


def test_sign_ins_and_failures_are_in_the_report_filtered_by_user_and_action(client):
    alice, secret = create_user("alice", groups=[roles.EDITORS])
    create_user("bob", groups=[roles.EDITORS])
    client.post("/admin/login/", {"username": "alice", "password": "not her password"})
    client.post("/admin/login/", {"username": "bob", "password": "not his password"})
    client.post("/admin/login/", {"username": "alice", "password": DEFAULT_PASSWORD})
    client.post("/admin/two-factor/", {"code": totp_code(secret)})
    client.logout()

    admin, _ = create_user("auditor", groups=[roles.ADMINISTRATORS])
    login_verified(client, admin)
    # Entries are recorded against the account: the report's "Name" filter finds them by
    # user name (Wagtail's own "User" filter lists only people with page history).
    response = client.get(REPORT + "results/", {"action": audit.SIGN_IN_FAILED, "label": "alice"})
    assert response.status_code == 200
    entries = list(response.context["object_list"])
    assert entries and all(
        entry.action == audit.SIGN_IN_FAILED and entry.user_id == alice.pk for entry in entries
    )
    response = client.get(REPORT, {"action": audit.SIGN_IN})
    assert response.status_code == 200
    assert [entry.user_id for entry in response.context["object_list"]] == [alice.pk]
    assert "Sign-in" in response.content.decode()


def test_sign_in_entries_are_hidden_from_roles_without_user_permissions(client):
    create_user("carol", groups=[roles.EDITORS])
    client.post("/admin/login/", {"username": "carol", "password": "wrong"})
    moderator, _ = create_user("mod", groups=[roles.MODERATORS])
    login_verified(client, moderator)
    response = client.get(REPORT, {"action": audit.SIGN_IN_FAILED})
    assert response.status_code == 200
    assert not [
        entry for entry in response.context["object_list"] if entry.action == audit.SIGN_IN_FAILED
    ]


def test_the_log_cannot_be_changed_from_the_admin(client):
    create_user("dave", groups=[roles.EDITORS])
    client.post("/admin/login/", {"username": "dave", "password": "wrong"})
    before = list(ModelLogEntry.objects.values_list("pk", "action", "label"))
    admin, _ = create_user("root2", superuser=True)
    login_verified(client, admin)
    response = client.post(REPORT, {"action": "x", "label": "changed"})
    assert response.status_code == 405  # the report only reads
    assert list(ModelLogEntry.objects.values_list("pk", "action", "label")) == before
    assert b"/delete/" not in client.get(REPORT).content
