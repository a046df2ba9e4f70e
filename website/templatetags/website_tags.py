"""Site-wide template tags: the language switcher, hreflang links, site settings."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from website.models import HomePage, SiteSettings

register = template.Library()


def _language_name(code: str) -> str:
    return dict(settings.LANGUAGES)[code]


def _live_translations(page) -> dict[str, Page]:
    """This page's live versions, by language code (the page itself included)."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {item.locale.language_code: item for item in translations.specific(defer=True)}


def _home_pages() -> dict[str, Page]:
    homes = HomePage.objects.live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def _cached(request, name, compute):
    """Computed once per request: the switcher and the alternate links share the result."""
    store = request.__dict__.setdefault("_website_tags_cache", {})
    if name not in store:
        store[name] = compute()
    return store[name]


@register.inclusion_tag("components/language_links.html", takes_context=True)
def language_links(context, mode="switcher"):
    """One entry per language: the same page where it has a live translation, otherwise that
    language's home page. `mode` is "switcher" (the visible menu) or "alternates" (the
    <link rel="alternate" hreflang> tags, which list only real translations)."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    is_page = isinstance(page, Page) and page.pk is not None
    translations = (
        _cached(request, "live_translations", lambda: _live_translations(page)) if is_page else {}
    )
    entries = []
    for code, _name in settings.LANGUAGES:
        if not is_page:
            # A view that is not a page (a form's thank-you step, say): same path, other prefix.
            url, translated = request.build_absolute_uri(translate_url(request.path, code)), True
        elif code in translations:
            url, translated = translations[code].get_full_url(request), True
        elif mode == "switcher" and (home := _cached(request, "home_pages", _home_pages).get(code)):
            # Looked up only for a language the page is not translated into.
            url, translated = home.get_full_url(request), False
        else:
            continue
        entries.append(
            {
                "code": code,
                "name": _language_name(code),
                "url": url,
                "translated": translated,
                "current": code == current,
            }
        )
    if mode == "alternates":
        entries = [entry for entry in entries if entry["translated"]]
    return {
        "entries": entries,
        "mode": mode,
        "x_default": request.build_absolute_uri("/"),
    }


def _settings_for_request(request):
    return _cached(request, "site_settings", SiteSettings.for_active_language)


@register.simple_tag(takes_context=True)
def site_settings(context):
    """This language's site settings (the default language's if not yet translated)."""
    return _settings_for_request(context["request"])


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The menu as (label, url, current) entries. Items normally point at pages of their own
    language; only when the settings fall back to another language is each page looked up in
    the visitor's language (one query per item, in that rare case only)."""
    request = context["request"]
    found = _settings_for_request(request)
    if found is None:
        return []
    current_page = context.get("page")
    same_language = found.locale.language_code == translation.get_language()
    entries = []
    for item in found.navigation_items.all():
        target = item.page if same_language else item.page.localized
        entries.append(
            {
                "label": item.label,
                "url": target.get_url(request),
                "current": isinstance(current_page, Page) and current_page.pk == target.pk,
            }
        )
    return entries


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """The privacy policy in the visitor's language, for footers and every form."""
    request = context.get("request")
    found = _settings_for_request(request) if request else SiteSettings.for_active_language()
    if not found or not found.privacy_page:
        return ""
    page = found.privacy_page
    if found.locale.language_code != translation.get_language():
        page = page.localized
    return page.get_url(request)
