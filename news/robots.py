"""robots.txt: points crawlers at the sitemap and keeps them out of the admin and of the
forms' own endpoints.

The form endpoints are the URLs of the apps that receive submissions (tributes, memorial
requests, petition signatures, accounts): they are read from the URL configuration itself,
so a new form URL is covered without anyone editing this file. Path converters become `*`,
which the major crawlers understand."""

import functools
import re

from django.conf import settings
from django.http import HttpResponse
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

# The apps whose URLs (outside Wagtail's page tree) are forms and their steps, or searches.
FORM_URLCONFS = ("memorial.urls", "campaigns.urls")
ALWAYS_DISALLOWED = ("/admin/", "/private-files/")

_CONVERTER = re.compile(r"<[^>]*>")
_REGEX_SPECIAL = re.compile(r"[\\()\[\]?*+{}|.$]")


def _pattern_path(pattern) -> str:
    """A URL pattern as a robots.txt path: converters as `*`, cut at the first regex trick."""
    if isinstance(pattern, RoutePattern):
        return _CONVERTER.sub("*", str(pattern))
    if isinstance(pattern, RegexPattern):
        text = str(pattern).lstrip("^")
        match = _REGEX_SPECIAL.search(text)
        return text[: match.start()] + "*" if match else text
    return ""


def _module_name(urlconf) -> str:
    return urlconf if isinstance(urlconf, str) else getattr(urlconf, "__name__", "")


def _form_paths(patterns, languages, prefixes=("",), inside_form_app=False):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if isinstance(entry.pattern, LocalePrefixPattern):
                new_prefixes = [p + code + "/" for p in prefixes for code in languages]
            else:
                new_prefixes = [p + _pattern_path(entry.pattern) for p in prefixes]
            in_app = inside_form_app or _module_name(entry.urlconf_name) in FORM_URLCONFS
            yield from _form_paths(entry.url_patterns, languages, new_prefixes, in_app)
        elif isinstance(entry, URLPattern) and inside_form_app:
            for prefix in prefixes:
                yield "/" + prefix + _pattern_path(entry.pattern)


def disallowed_paths() -> list[str]:
    # robots.txt is plain text outside the page cache: walking the URL configuration in every
    # language on each request would be wasted work, as it does not change while running.
    return _disallowed_paths(get_resolver(), tuple(code for code, _name in settings.LANGUAGES))


@functools.cache
def _disallowed_paths(resolver, languages: tuple[str, ...]) -> list[str]:
    # Keyed on the resolver (get_resolver() returns a new one when the URL caches are
    # cleared, as tests overriding ROOT_URLCONF do) and on the languages.
    paths = set(ALWAYS_DISALLOWED)
    for path in _form_paths(resolver.url_patterns, languages):
        path = path.rstrip("*")
        # Never disallow a whole language (or the whole site) because of an odd pattern.
        if path.strip("/*") and path.strip("/") not in languages:
            paths.add(path)
    return sorted(paths)


def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallowed_paths()]
    lines += ["", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
