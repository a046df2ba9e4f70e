"""Signing in to the admin in a real browser, with a TOTP code the test computes."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.accounts_helpers import DEFAULT_PASSWORD, admin_sign_in, create_user, totp_code


@pytest.fixture
def editor(db_access):
    from django.contrib.auth import get_user_model

    user, secret = create_user("e2e-editor", groups=["Editors"])
    yield user, secret
    get_user_model().objects.filter(pk=user.pk).delete()


def test_sign_in_with_password_and_totp_code(page, site_url, editor):
    user, secret = editor
    admin_sign_in(page, site_url, user.username, DEFAULT_PASSWORD, secret)
    assert page.url == f"{site_url}/admin/"
    assert page.locator("main").count() >= 1
    # The admin page itself tells the browser not to keep it.
    response = page.request.get(f"{site_url}/admin/")
    assert "no-store" in response.headers["cache-control"]


def test_wrong_code_is_refused_with_a_message(page, site_url, editor):
    user, secret = editor
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", DEFAULT_PASSWORD)
    page.locator("form [type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/two-factor/"))
    wrong = f"{(int(totp_code(secret)) + 7) % 1_000_000:06d}"
    page.fill("#id_code", wrong)
    page.locator("main form [type=submit]").first.click()
    expect(page.locator("main")).to_contain_text("not accepted")
    page.goto(f"{site_url}/admin/pages/")
    assert "/admin/two-factor/" in page.url


def test_enrolment_shows_a_server_drawn_qr_code(page, site_url, db_access):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.create_user("e2e-new", "new@example.org", DEFAULT_PASSWORD)
    try:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name="Moderators"))
        page.goto(f"{site_url}/admin/login/")
        page.fill("#id_username", "e2e-new")
        page.fill("#id_password", DEFAULT_PASSWORD)
        page.locator("form [type=submit]").first.click()
        page.wait_for_url(re.compile(r"/admin/two-factor/setup/"))
        assert page.locator("main svg[role=img]").count() == 1
        device = TOTPDevice.objects.get(user=user, confirmed=False)
        page.fill("#id_code", totp_code(device.key))
        page.locator("main form [type=submit]").first.click()
        expect(page.locator(".two-factor__codes li")).to_have_count(10)
        page.locator("main a.button").click()
        page.wait_for_url(f"{site_url}/admin/")
        own = site_url.split("//", 1)[1]
        assert all(own in url or url.startswith("data:") for url in page.requested_urls)
    finally:
        User.objects.filter(pk=user.pk).delete()
