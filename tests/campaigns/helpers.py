"""Shared steps of the campaigns tests: a valid signature form, the link from the e-mail."""

import re
import time

from django.core import mail, signing

from campaigns.models import CampaignPage
from website.form_protection import _SIGNING_SALT

LINK = re.compile(r"https?://\S+/petitions/confirm/\S+/")


def form_data(**overrides) -> dict:
    data = {
        "name": "Test Signer",
        "email": "signer@example.org",
        "country": "DE",
        "privacy": "on",
        "website": "",
        # Shown a while ago: a person, not a bot that answers in a split second.
        "started": signing.dumps(time.time() - 30, salt=_SIGNING_SALT),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def campaign(slug="truth-about-the-missing", language="en") -> CampaignPage:
    source = CampaignPage.objects.get(slug=slug, locale__language_code="en")
    if language == "en":
        return source
    return CampaignPage.objects.get(
        translation_key=source.translation_key, locale__language_code=language
    )


def sign(client, page, language=None, **overrides):
    language = language or page.locale.language_code
    return client.post(f"/{language}/petitions/{page.pk}/sign/", form_data(**overrides))


def last_link(to=None) -> str:
    messages = [m for m in mail.outbox if to is None or to in m.to]
    assert messages, "no confirmation e-mail was sent"
    found = LINK.search(messages[-1].body)
    assert found, messages[-1].body
    return found.group(0)


def link_path(link: str) -> str:
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


def sign_and_confirm(client, page, **overrides) -> str:
    response = sign(client, page, **overrides)
    assert response.status_code == 302, response.content.decode()[:2000]
    path = link_path(last_link(overrides.get("email")))
    response = client.post(path)
    assert response.status_code == 302, response.content.decode()[:2000]
    return path
