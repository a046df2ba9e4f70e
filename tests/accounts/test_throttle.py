"""Sign-in throttling: slowed, then locked, with a clear message; the owner gets in after
the lock runs out. Time moves by changing the clock the throttle reads, never by sleeping."""

import pickle

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import ModelLogEntry

from accounts import audit, throttle
from tests.accounts_helpers import DEFAULT_PASSWORD, create_user, totp_code

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


class Clock:
    def __init__(self, start=1_900_000_000.0):
        self.now = start

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(throttle, "now", clock)
    return clock


def attempt(client, username, password="wrong password!"):  # noqa: S107
    return client.post(LOGIN, {"username": username, "password": password})


def test_a_hundred_attempts_in_a_minute_are_refused_then_the_owner_gets_in(client, clock):
    user, secret = create_user("target", superuser=True)
    messages = []
    for _ in range(100):
        response = attempt(client, "target")
        assert response.status_code == 200  # the form again, with an error: never a 500
        messages.append(" ".join(response.context["form"].non_field_errors()))
        clock.now += 0.6
    assert "Please wait" in " ".join(messages[3:10])
    assert "signing in is paused for 15 minutes" in messages[-1]
    # Locked: even the right password is refused, and it says why.
    response = attempt(client, "target", DEFAULT_PASSWORD)
    assert "paused" in " ".join(response.context["form"].non_field_errors())
    assert not response.wsgi_request.user.is_authenticated
    assert ModelLogEntry.objects.filter(action=audit.LOCKED, user=user).exists()
    assert ModelLogEntry.objects.filter(
        action=audit.SIGN_IN_FAILED, user=user, data__reason=audit.THROTTLED
    ).exists()

    clock.now += 15 * 60 + 1
    response = attempt(client, "target", DEFAULT_PASSWORD)
    assert response.status_code == 302
    response = client.post("/admin/two-factor/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_slowed_attempts_are_accepted_once_the_wait_is_over(client, clock):
    create_user("slow", superuser=True)
    for _ in range(throttle.ACCOUNT.slow_after):
        attempt(client, "slow")
    response = attempt(client, "slow", DEFAULT_PASSWORD)
    assert "Please wait 1 second" in " ".join(response.context["form"].non_field_errors())
    clock.now += 2
    assert attempt(client, "slow", DEFAULT_PASSWORD).status_code == 302


def test_the_client_is_throttled_across_accounts(client, clock):
    for number in range(throttle.CLIENT.lock_after):
        attempt(client, f"nobody-{number}")
        clock.now += 61  # each account on its own would never be slowed
    create_user("innocent", superuser=True)
    response = attempt(client, "innocent", DEFAULT_PASSWORD)
    assert "paused" in " ".join(response.context["form"].non_field_errors())


def test_throttle_state_holds_no_name_or_address_in_clear(client, clock):
    attempt(client, "someone-secret")
    keys = [
        throttle.account_key("someone-secret"),
        throttle.request_key(client.get("/admin/login/").wsgi_request),
    ]
    for key in keys:
        assert cache.get(key)["failures"] == 1
        assert "someone-secret" not in key
        assert "127.0.0.1" not in key
    # Nothing anywhere in the cache, keys or stored values, holds the name or the address.
    from django.core.cache.backends.locmem import _caches

    for store in _caches.values():
        for stored_key, stored_value in store.items():
            text = stored_key + repr(pickle.loads(stored_value))  # noqa: S301 (our own cache)
            assert "someone-secret" not in text
            assert "127.0.0.1" not in text


def test_unknown_accounts_are_logged_without_the_name(client, clock):
    attempt(client, "no-such-person")
    entry = ModelLogEntry.objects.get(action=audit.SIGN_IN_FAILED)
    assert entry.user is None
    assert "no-such-person" not in entry.label + str(entry.data)
    assert entry.data["reason"] == audit.UNKNOWN_ACCOUNT


def test_wrong_codes_count_towards_the_lock(client, clock):
    user, secret = create_user("coder", superuser=True)
    client.post(LOGIN, {"username": "coder", "password": DEFAULT_PASSWORD})
    good = totp_code(secret)
    wrong = f"{(int(good) + 5) % 1_000_000:06d}"
    for _ in range(throttle.ACCOUNT.lock_after):
        client.post("/admin/two-factor/", {"code": wrong})
        clock.now += 61
    response = client.post("/admin/two-factor/", {"code": good})
    assert response.status_code == 429
    assert "paused" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_password_reset_does_not_reveal_which_addresses_exist(client):
    create_user("resetme", superuser=True)
    known = client.post("/admin/password_reset/", {"email": "resetme@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1
    # Asking again for the same address at once sends nothing more, and looks the same.
    again = client.post("/admin/password_reset/", {"email": "resetme@example.org"})
    assert again.status_code == 302 and again["Location"] == known["Location"]
    assert len(mail.outbox) == 1
