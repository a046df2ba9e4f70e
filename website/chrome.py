"""The frame every public page shares in one language: the organisation's name, tagline and
contact address, the menu, the social links, the privacy policy's address and each
language's home page; and, per page, the addresses of its live translations.

They change only when settings are saved or pages are published, unpublished, moved or
deleted, and each of those bumps the page-cache generation (website/signals.py). So they are
read from the database once per generation, address and language, and from the shared cache
after that: a view that the page cache cannot answer whole (a search, a filtered list, a
form, the first visitor after a publication) does not pay for them again."""

import hashlib
from dataclasses import dataclass, field
from typing import NamedTuple

from django.core.cache import cache
from django.utils import translation

from .models import HomePage, SiteSettings
from .page_cache import generation

TIMEOUT = 60 * 60  # entries of an old generation are never read again; they just expire


class Link(NamedTuple):
    label: str
    url: str


class MenuItem(NamedTuple):
    label: str
    url: str
    page_id: int


@dataclass(frozen=True)
class Chrome:
    organisation_name: str = ""
    tagline: str = ""
    contact_email: str = ""
    privacy_url: str = ""
    menu: tuple[MenuItem, ...] = ()
    social_links: tuple[Link, ...] = ()
    home_urls: dict[str, str] = field(default_factory=dict)  # language code → full URL


def _key(request, *parts) -> str:
    # The host is hashed, as in the page cache's keys.
    if "_chrome_prefix" not in request.__dict__:
        scheme = "https" if request.is_secure() else "http"
        address = hashlib.sha256(f"{scheme}://{request.get_host()}".encode()).hexdigest()
        request._chrome_prefix = f"chrome:{generation(request)}:{address}"
    return ":".join([request._chrome_prefix, *parts])


def _memo(request, key, compute):
    """Once per request (the switcher and the alternate links share a result), and once per
    generation in the shared cache."""
    store = request.__dict__.setdefault("_chrome_memo", {})
    if key not in store:
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, TIMEOUT)
        store[key] = value
    return store[key]


def chrome(request) -> Chrome:
    """This language's frame (computed afresh where there is no request: an e-mail, say)."""
    language = translation.get_language()
    if request is None:
        return _compute(None, language)
    return _memo(request, _key(request, "frame", language), lambda: _compute(request, language))


def translation_urls(request, page) -> dict[str, str]:
    """The full URLs of this page's live versions, by language code (the page included)."""
    return _memo(
        request, _key(request, "translations", str(page.pk)), lambda: _translations(request, page)
    )


def _translations(request, page) -> dict[str, str]:
    # Generic pages are enough for a URL: no page model here overrides get_url_parts().
    pages = page.get_translations(inclusive=True).live().select_related("locale")
    return {item.locale.language_code: item.get_full_url(request) for item in pages}


def _compute(request, language) -> Chrome:
    homes = HomePage.objects.live().select_related("locale")
    home_urls = {home.locale.language_code: home.get_full_url(request) for home in homes}
    found = SiteSettings.for_active_language()
    if found is None:
        return Chrome(home_urls=home_urls)
    # Settings not yet translated fall back to the default language's: each page they point
    # at is then looked up in the visitor's language (one query per item, in that case only).
    same_language = found.locale.language_code == language
    menu = []
    for item in found.navigation_items.all():
        target = item.page if same_language else item.page.localized
        menu.append(MenuItem(item.label, target.get_url(request), target.pk))
    privacy_url = ""
    if found.privacy_page:
        privacy = found.privacy_page if same_language else found.privacy_page.localized
        privacy_url = privacy.get_url(request) or ""
    return Chrome(
        organisation_name=found.organisation_name,
        tagline=found.tagline,
        contact_email=found.contact_email,
        privacy_url=privacy_url,
        menu=tuple(menu),
        social_links=tuple(Link(link.label, link.url) for link in found.social_links.all()),
        home_urls=home_urls,
    )
