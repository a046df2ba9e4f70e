"""Sign-in throttling, per account and per client, kept in the cache.

Each failed attempt (a wrong password or a wrong second-factor code) counts against the
account that was named and against the client that tried. After a few failures every further
attempt must wait a little longer (slowed); after more, signing in is locked for a while.
Nothing here stores a name or an address in clear: both are keyed hashes, and the counts
forget themselves after `window` seconds without a failure.

The owner of a locked account gets in again once the lock expires; a successful sign-in
clears the account's count (not the client's: signing in to one's own account must not wipe
the record of someone guessing other people's passwords from the same place)."""

import math
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import ngettext

from website.form_protection import client_key, keyed_digest


@dataclass(frozen=True)
class Policy:
    scope: str
    slow_after: int  # failures allowed before each attempt has to wait
    lock_after: int  # failures that lock signing in…
    lock_seconds: int  # …for this long
    window: int  # failures are forgotten after this long without another one
    max_delay: int = 60  # the longest wait while slowed


MAX_LOCK_SECONDS = 24 * 60 * 60

# An office or a mobile network can put several editors behind one address: the client
# policy is looser than the account one.
ACCOUNT = Policy("account", slow_after=3, lock_after=10, lock_seconds=15 * 60, window=60 * 60)
CLIENT = Policy("client", slow_after=10, lock_after=30, lock_seconds=15 * 60, window=60 * 60)


@dataclass(frozen=True)
class Refusal:
    locked: bool
    seconds: int

    @property
    def message(self) -> str:
        if self.locked:
            minutes = max(1, math.ceil(self.seconds / 60))
            return ngettext(
                "Too many failed sign-in attempts. For your security, signing in is paused "
                "for %(minutes)d minute. Please try again after that.",
                "Too many failed sign-in attempts. For your security, signing in is paused "
                "for %(minutes)d minutes. Please try again after that.",
                minutes,
            ) % {"minutes": minutes}
        return ngettext(
            "Too many failed sign-in attempts. Please wait %(seconds)d second before trying again.",
            "Too many failed sign-in attempts. Please wait %(seconds)d seconds before "
            "trying again.",
            self.seconds,
        ) % {"seconds": self.seconds}


def now() -> float:
    """The clock every decision here reads (tests move it forward instead of sleeping)."""
    return time.time()


def account_key(username: str) -> str:
    normalised = " ".join(str(username).split()).casefold()
    return f"signin:{ACCOUNT.scope}:{keyed_digest('signin-account', normalised)}"


def request_key(request) -> str:
    return f"signin:{CLIENT.scope}:{client_key(request)}"


def _keys(request, username):
    return ((ACCOUNT, account_key(username)), (CLIENT, request_key(request)))


def _refusal(policy: Policy, state: dict | None, at: float) -> Refusal | None:
    if not state:
        return None
    if state.get("locked_until", 0) > at:
        return Refusal(locked=True, seconds=math.ceil(state["locked_until"] - at))
    failures = state.get("failures", 0)
    if state.get("locked_until"):
        return None  # the lock has run out: the next attempt is judged afresh
    if failures >= policy.slow_after:
        delay = min(policy.max_delay, 2 ** (failures - policy.slow_after))
        wait = state.get("last", 0) + delay - at
        if wait > 0:
            return Refusal(locked=False, seconds=math.ceil(wait))
    return None


def check(request, username: str) -> Refusal | None:
    """Why this attempt must be refused before the password is even checked, or None."""
    at = now()
    refusals = [
        refusal
        for policy, key in _keys(request, username)
        if (refusal := _refusal(policy, cache.get(key), at))
    ]
    if not refusals:
        return None
    # The harshest refusal is the one to explain.
    return max(refusals, key=lambda refusal: (refusal.locked, refusal.seconds))


def record_failure(request, username: str) -> bool:
    """Count a failed attempt; True when it has just locked the account or the client.
    Each lock that follows another one (without a successful sign-in in between) lasts
    twice as long, up to a day."""
    at = now()
    locked = False
    for policy, key in _keys(request, username):
        state = cache.get(key) or {}
        locks = state.get("locks", 0)
        lock_ran_out = state.get("locked_until") and state["locked_until"] <= at
        long_ago = not state.get("locked_until") and at - state.get("last", at) > policy.window
        if lock_ran_out or long_ago:
            state = {}  # a fresh count; earlier locks still make the next one longer
        failures = state.get("failures", 0) + 1
        locked_until = state.get("locked_until", 0)
        if failures >= policy.lock_after and not locked_until:
            locked_until = at + min(policy.lock_seconds * 2**locks, MAX_LOCK_SECONDS)
            locks += 1
            locked = True
        state = {"failures": failures, "last": at, "locked_until": locked_until, "locks": locks}
        cache.set(key, state, timeout=policy.window + MAX_LOCK_SECONDS)
    return locked


def clear_account(username: str) -> None:
    cache.delete(account_key(username))
