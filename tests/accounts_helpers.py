"""Admin accounts for tests: every admin account has a second factor, so tests that use the
admin create users through these helpers and sign in with both factors.

Stable names and signatures (other apps' tests rely on them):
- create_user(username, *, groups=(), superuser=False, password=...) -> (user, secret_hex)
- totp_code(secret_hex, at=None) -> str
- login_verified(client, user)  (Django test client, both factors marked as passed)
- admin_sign_in(page, site_url, username, password, secret_hex)  (Playwright, real screens)
"""

import time
from binascii import unhexlify

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

DEFAULT_PASSWORD = "correct-horse-battery-staple-42"  # noqa: S105 (tests only)


def create_user(username, *, groups=(), superuser=False, password=DEFAULT_PASSWORD):
    """A user with a confirmed TOTP device. `groups` holds group names (the role groups the
    accounts migration creates, e.g. "Moderators" or "Translators (ar)") or Group objects.
    Returns (user, secret_hex): the device's secret, to compute codes with `totp_code`."""
    User = get_user_model()
    email = f"{username}@example.org"
    if superuser:
        user = User.objects.create_superuser(username, email, password)
    else:
        user = User.objects.create_user(username, email, password)
    for group in groups:
        if isinstance(group, str):
            group = Group.objects.get(name=group)
        user.groups.add(group)
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return user, device.key


def totp_code(secret_hex, at=None) -> str:
    """The six-digit TOTP code an authenticator app would show at time `at` (default: now)."""
    device = TOTP(unhexlify(secret_hex.encode()), step=30, t0=0, digits=6)
    device.time = time.time() if at is None else at
    return f"{device.token():06d}"


def login_verified(client, user):
    """Log a Django test client in as `user` with the second factor already passed, the way
    django_otp's login() records it in the session."""
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def _fresh_code(secret_hex) -> str:
    """A code the device will accept now: codes are single use, so when the current one was
    already used (a second sign-in within 30 seconds) take the next step, which the device's
    tolerance of one step accepts; failing that, forget the last use (tests only)."""
    now_step = int(time.time()) // 30
    device = TOTPDevice.objects.filter(key=secret_hex).first()
    step = now_step
    if device is not None:
        if device.last_t >= now_step + device.tolerance:
            TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
        else:
            step = max(now_step, device.last_t + 1)
    return totp_code(secret_hex, at=step * 30 + 1)


def admin_sign_in(page, site_url, username, password, secret_hex):
    """Sign in through the real admin login page, then the two-factor step, in a Playwright
    page. Ends on the admin dashboard."""
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form [type=submit]").first.click()
    page.wait_for_url("**/admin/two-factor/**")
    page.fill("#id_code", _fresh_code(secret_hex))
    page.locator("main form [type=submit]").first.click()
    page.wait_for_url(f"{site_url}/admin/")


def assert_refused(response, *, anonymous=False):
    """The admin refused. A visitor not signed in is sent to sign in; a signed-in user
    without the permission gets a 403 or Wagtail's answer to a missing permission (a redirect
    to the dashboard with a message). A success, or a lost session, fails."""
    if anonymous:
        assert response.status_code == 302, response.status_code
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
        return
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home"), response["Location"]
