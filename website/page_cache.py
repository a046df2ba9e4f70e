"""A full-page cache for anonymous visitors, and the one switch that empties it.

Crowds come suddenly (an anniversary, a trial, a mass grave found) and they all read the
same few pages, so anonymous page views are answered from the cache. Anything that changes
what the public may see (publishing, unpublishing, a consent change, a moderation decision)
calls `invalidate_page_cache()`, which bumps a generation number that is part of every key:
old entries are never read again and expire by themselves.

Pages that carry a form keep their CSRF token out of the cache: the token is cut out before
storing and a fresh one, for this visitor, is put back on every hit.

Query strings: a listing (the memorial index's name search and filters, the news index's
filters and pages) marks its response `cache_with_query = True` when the query holds only
parameters it reads (SectionIndexPage.query_parameters), and is then cached under its query
too, so that a crowd searching for the same name is answered from the cache. Any other page
reached with a query string is rendered but never stored: random queries must not fill the
cache with copies of one page. (Redis must still evict: see the README's deployment notes.)
"""

import hashlib
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
TOKEN_PLACEHOLDER = b"__csrf_token_placeholder__"
_TOKEN_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')

# Never cached: the admin, documents and private files.
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/private-files/")
# Longer query strings are not even looked up (a real search is far shorter).
MAX_QUERY_STRING = 400
# The cookies that mean "this visitor sees something personal".
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def invalidate_page_cache() -> None:
    """Forget every cached page, in every language, at once.

    Inside a transaction the change is not visible to other requests yet: a visitor arriving
    before the commit would store the old page under the new generation. So the generation is
    bumped again once the transaction commits."""
    _bump_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump_generation)


def _bump_generation() -> None:
    if cache.add(GENERATION_KEY, 1, timeout=None):
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # evicted between add and incr
        cache.set(GENERATION_KEY, 1, timeout=None)


def generation(request=None) -> int:
    """The current generation: part of every page-cache key (and of website/chrome.py's).
    Given a request, read once for it: the page cache and the site frame share the value."""
    if request is None:
        return cache.get(GENERATION_KEY) or 0
    if "_cache_generation" not in request.__dict__:
        request._cache_generation = cache.get(GENERATION_KEY) or 0
    return request._cache_generation


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and not request.path.startswith(NEVER_CACHED_PREFIXES)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if request.META.get("QUERY_STRING") and not getattr(response, "cache_with_query", False):
        return False
    if response.has_header("Cache-Control"):  # the view decided for itself (never_cache, …)
        return False
    cookies = set(response.cookies) - {settings.CSRF_COOKIE_NAME}
    return not cookies and response.get("Content-Type", "").startswith(("text/html", "application"))


def _key(request) -> str:
    # Hashed: a long or unusual path must not make an over-long or invalid cache key.
    scheme = "https" if request.is_secure() else "http"
    # The parameters in a fixed order: ?a=1&b=2 and ?b=2&a=1 are one page.
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    address = f"{scheme}://{request.get_host()}{request.path}?{query}".encode()
    return f"page-cache:{generation(request)}:{hashlib.sha256(address).hexdigest()}"


def _set_public_cache_control(request, response, has_form: bool) -> None:
    # A form carries a per-visitor token: a shared cache (CDN) must not keep it. Nor may it
    # keep a search or a filtered list: a withdrawal purges pages from a CDN by address, and
    # the variants of an address by query cannot all be named; only this cache, emptied at
    # once, holds them.
    if has_form or request.META.get("QUERY_STRING"):
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=settings.CDN_CACHE_SECONDS,
            s_maxage=settings.CDN_CACHE_SECONDS,
        )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            return self._restore(request, stored)
        response = self.get_response(request)
        # A signed-in visitor carries the session cookie, so never reaches this point.
        if _cacheable_response(request, response):
            content, has_form = _TOKEN_INPUT.subn(
                rb"\g<1>" + TOKEN_PLACEHOLDER + rb"\g<2>", response.content
            )
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in ("set-cookie", "vary", "content-length")
            }
            cache.set(key, (content, headers, bool(has_form)), settings.PAGE_CACHE_SECONDS)
            _set_public_cache_control(request, response, bool(has_form))
            response["X-Page-Cache"] = "miss"
        return response

    def _restore(self, request, stored):
        content, headers, has_form = stored
        if has_form:
            content = content.replace(TOKEN_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        _set_public_cache_control(request, response, has_form)
        response["X-Page-Cache"] = "hit"
        return response
