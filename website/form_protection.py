"""Protection shared by every public form (tributes, memorial requests, petitions, candles).

- a honeypot field that people never see and bots fill in;
- a signed "form shown at" time, refusing forms sent back faster than a person can type;
- per-client rate limits and duplicate refusal kept in the cache. A client is known only by a
  keyed hash of its address: no IP address is ever written to the database or the cache.

Views refuse with a clear message in the visitor's language and re-render the form with
everything typed (see `ProtectedForm` and `check_rate_limit`)."""

import hashlib
import hmac
import re
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

LINK_PATTERN = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_SIGNING_SALT = "website.form_protection.started"


def keyed_digest(purpose: str, *parts: str) -> str:
    """A hash keyed with the site's secret: lets the cache count or remember something (a
    client, an account, a submission) without holding it in a readable form."""
    message = "\x1f".join([purpose, *parts]).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]


def client_key(request) -> str:
    """A keyed hash of the client's address: enough to count its requests, useless to anyone
    who reads the cache, and never stored in the database."""
    return keyed_digest("client", request.META.get("REMOTE_ADDR", ""))


@dataclass(frozen=True)
class RateLimit:
    scope: str  # what is limited, e.g. "tribute"
    limit: int  # how many requests…
    window: int  # …in this many seconds


def check_rate_limit(request, rule: RateLimit) -> bool:
    """Count this request; True while the client stays within the limit."""
    bucket = int(time.time() // rule.window)
    key = f"ratelimit:{rule.scope}:{client_key(request)}:{bucket}"
    if cache.add(key, 1, timeout=rule.window + 1):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=rule.window + 1)
        return True
    return count <= rule.limit


def is_duplicate(scope: str, *parts: str, window: int = 600) -> bool:
    """True when the same content was already accepted within `window` seconds.
    Remembers it otherwise. Only a hash of the content is kept."""
    normalised = [" ".join(str(part).split()).casefold() for part in parts]
    digest = keyed_digest(scope, *normalised)
    return not cache.add(f"duplicate:{scope}:{digest}", 1, timeout=window)


# A refused form is shown again with what was typed, but a hostile megabyte is not echoed.
ECHO_LIMIT = 20_000


def trim_echo(form, limit: int = ECHO_LIMIT) -> None:
    """Before a refused form is rendered again: keep everything typed, except what no person
    types (a 10 MB message), so that the error page does not echo it back."""
    if not form.is_bound:
        return
    long_fields = [name for name, value in form.data.items() if len(value) > limit]
    if long_fields:
        form.data = form.data.copy()
        for name in long_fields:
            form.data[name] = form.data[name][:limit]


def count_links(text: str) -> int:
    return len(LINK_PATTERN.findall(text or ""))


class ProtectedForm(forms.Form):
    """Base for public forms: adds the honeypot and the signed start time.

    Templates render `form.website` inside an element with the `honeypot` class (hidden by
    CSS and from assistive technology) and `form.started` as a hidden field."""

    min_seconds = 3  # nobody reads and fills in a form faster than this
    max_age = 60 * 60 * 24  # a form left open for a day must be shown again

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=_SIGNING_SALT)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                _("This form could not be sent. Please leave the last field empty."),
                code="honeypot",
            )
        try:
            started = signing.loads(
                cleaned.get("started") or "", salt=_SIGNING_SALT, max_age=self.max_age
            )
        except signing.BadSignature:
            # Expired or tampered: keep what was typed, ask to send again with a fresh form.
            self.data = self.data.copy()
            self.data["started"] = signing.dumps(time.time() - self.min_seconds, salt=_SIGNING_SALT)
            raise forms.ValidationError(
                _("This form was open for too long. Please check it and send it again."),
                code="expired",
            ) from None
        if time.time() - float(started) < self.min_seconds:
            raise forms.ValidationError(
                _("That was very fast. Please check the form and send it again."),
                code="too_fast",
            )
        return cleaned
