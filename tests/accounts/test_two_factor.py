"""Two-factor sign-in through the real admin screens, with Django's test client."""

import time

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts import audit
from tests.accounts_helpers import DEFAULT_PASSWORD, create_user, login_verified, totp_code

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
VERIFY = "/admin/two-factor/"
SETUP = "/admin/two-factor/setup/"


def sign_in_password(client, username, password=DEFAULT_PASSWORD, next_url="/admin/"):
    return client.post(LOGIN, {"username": username, "password": password, "next": next_url})


def test_password_alone_leads_to_the_code_step_and_nothing_else(client):
    create_user("editor1", superuser=True)
    response = sign_in_password(client, "editor1")
    assert response.status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    for url in ("/admin/pages/", "/admin/users/", "/admin/reports/site-history/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY), url


def test_a_totp_code_completes_sign_in(client):
    user, secret = create_user("editor2", superuser=True)
    sign_in_password(client, "editor2")
    response = client.post(VERIFY, {"code": totp_code(secret), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert ModelLogEntry.objects.filter(action=audit.SIGN_IN, user=user).exists()


def test_wrong_and_replayed_codes_are_refused_with_a_message(client):
    user, secret = create_user("editor3", superuser=True)
    sign_in_password(client, "editor3")
    code = totp_code(secret)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    response = client.post(VERIFY, {"code": wrong})
    assert response.status_code == 200
    assert "not accepted" in response.content.decode()
    assert client.get("/admin/").status_code == 302

    assert client.post(VERIFY, {"code": code}).status_code == 302
    # The same code again, in a second session (as an eavesdropper would): refused.
    client.logout()
    sign_in_password(client, "editor3")
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert "not accepted" in response.content.decode()
    failures = ModelLogEntry.objects.filter(action=audit.SIGN_IN_FAILED, user=user)
    assert failures.filter(data__reason=audit.WRONG_CODE).count() == 2


@pytest.mark.parametrize(
    "code", ["", "x" * 5000, "<script>alert(1)</script>", "١٢٣٤٥٦", "12 34 56", "--"]
)
def test_hostile_codes_never_break_the_page(client, code):
    create_user("editor4", superuser=True)
    sign_in_password(client, "editor4")
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert client.get("/admin/").status_code == 302


def test_recovery_codes_work_once(client):
    user, _ = create_user("editor5", superuser=True)
    login_verified(client, user)
    response = client.post(reverse("accounts_recovery_codes"))
    codes = response.context["codes"]
    assert len(codes) == 10
    client.logout()

    sign_in_password(client, "editor5")
    response = client.post(VERIFY, {"code": codes[0].upper()})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=user).count() == 9
    assert ModelLogEntry.objects.filter(action=audit.RECOVERY_CODE_USED, user=user).exists()

    client.logout()
    sign_in_password(client, "editor5")
    response = client.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 200
    assert "not accepted" in response.content.decode()


def test_account_without_second_factor_reaches_only_enrolment(client, django_user_model):
    user = django_user_model.objects.create_superuser("newcomer", "n@example.org", DEFAULT_PASSWORD)
    sign_in_password(client, "newcomer")
    for url in (
        "/admin/",
        "/admin/pages/",
        "/admin/users/",
        VERIFY,
        reverse("accounts_recovery_codes"),
    ):
        response = client.get(url, follow=True)
        assert response.redirect_chain, url
        assert response.redirect_chain[-1][0].startswith(SETUP), url
    response = client.get(SETUP)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<svg" in body and 'role="img"' in body
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    # The secret in text, for typing into an app.
    secret_text = response.context["secret"].replace(" ", "")
    assert len(secret_text) >= 32

    response = client.post(
        SETUP, {"code": "000000" if totp_code(device.key) != "000000" else "111111"}
    )
    assert response.status_code == 200
    assert "does not match" in response.content.decode()

    response = client.post(SETUP, {"code": totp_code(device.key), "next": "/admin/"})
    assert response.status_code == 200
    assert len(response.context["codes"]) == 10
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    assert ModelLogEntry.objects.filter(action=audit.ENROLLED, user=user).exists()


def test_an_account_with_a_device_cannot_enrol_another_with_its_password_alone(client):
    create_user("editor6", superuser=True)
    sign_in_password(client, "editor6")
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)


def test_password_only_session_is_anonymous_outside_the_admin(client):
    user, _ = create_user("editor7", superuser=True)
    sign_in_password(client, "editor7")
    response = client.get("/admin/two-factor/")
    assert response.wsgi_request.user.is_authenticated
    response = client.get("/.well-known/security.txt")
    assert not response.wsgi_request.user.is_authenticated


def test_admin_responses_are_not_stored(client):
    user, _ = create_user("editor8", superuser=True)
    for url in (LOGIN, "/admin/password_reset/"):
        assert "no-store" in client.get(url)["Cache-Control"], url
    login_verified(client, user)
    for url in ("/admin/", "/admin/pages/", reverse("accounts_recovery_codes")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_idle_admin_session_ends(client):
    user, _ = create_user("editor9", superuser=True)
    login_verified(client, user)
    assert client.get("/admin/").status_code == 200
    session = client.session
    session["accounts_last_seen"] = int(time.time()) - 31 * 60
    session.save()
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert client.get("/admin/").status_code == 302
    assert ModelLogEntry.objects.filter(action=audit.SESSION_EXPIRED, user=user).exists()


def test_reset_two_factor_sends_the_account_back_to_enrolment(client):
    from django.core.management import call_command

    user, _ = create_user("lostphone", superuser=True)
    call_command("reset_two_factor", "lostphone", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert ModelLogEntry.objects.filter(action=audit.TWO_FACTOR_RESET, user=user).exists()
    sign_in_password(client, "lostphone")
    response = client.get("/admin/")
    assert response["Location"].startswith(SETUP)


def test_refusals_are_explained_in_the_admins_language(client):
    from accounts import throttle

    create_user("arabic", superuser=True)
    for _ in range(throttle.ACCOUNT.slow_after):
        sign_in_password(client, "arabic", password="wrong-password")
    response = client.post(
        LOGIN,
        {"username": "arabic", "password": DEFAULT_PASSWORD},
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    assert "محاولات دخول فاشلة كثيرة جدًا" in response.content.decode()
