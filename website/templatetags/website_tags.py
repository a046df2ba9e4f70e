"""Site-wide template tags: the language switcher, hreflang links, the site's frame (name,
menu, footer), all read through website/chrome.py."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from website.chrome import Chrome, chrome, translation_urls

register = template.Library()


def _language_name(code: str) -> str:
    return dict(settings.LANGUAGES)[code]


@register.inclusion_tag("components/language_links.html", takes_context=True)
def language_links(context, mode="switcher"):
    """One entry per language: the same page where it has a live translation, otherwise that
    language's home page. `mode` is "switcher" (the visible menu) or "alternates" (the
    <link rel="alternate" hreflang> tags, which list only real translations)."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    is_page = isinstance(page, Page) and page.pk is not None
    translations = translation_urls(request, page) if is_page else {}
    entries = []
    for code, _name in settings.LANGUAGES:
        if not is_page:
            # A view that is not a page (a form's thank-you step, say): same path, other prefix.
            url, translated = request.build_absolute_uri(translate_url(request.path, code)), True
        elif code in translations:
            url, translated = translations[code], True
        elif mode == "switcher" and (home := chrome(request).home_urls.get(code)):
            url, translated = home, False
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


@register.simple_tag(takes_context=True)
def site_settings(context) -> Chrome:
    """This language's site settings (the default language's if not yet translated)."""
    return chrome(context["request"])


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The menu as (label, url, current) entries."""
    current_page = context.get("page")
    current_pk = current_page.pk if isinstance(current_page, Page) else None
    return [
        {"label": item.label, "url": item.url, "current": item.page_id == current_pk}
        for item in chrome(context["request"]).menu
    ]


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """The privacy policy in the visitor's language, for footers and every form."""
    return chrome(context.get("request")).privacy_url
