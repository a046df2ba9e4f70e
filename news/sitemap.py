"""sitemap.xml: every live page of every language, each with its live translations (and the
site's root as x-default) as xhtml:link alternates. Never an alias (a copy of another page's
content), never a page behind a view restriction, never a page that its own model says is not
public (a memorial without a current consent: see `_public_rules`).

Cheap by construction: one query counts, one query fetches a slice of pages, one fetches the
translations of that slice, as plain rows (no model instances); URLs come from Wagtail's
cached site root paths, with no query per page. Past `SITEMAP_PAGE_SIZE` pages, /sitemap.xml
becomes a sitemap index that points at /sitemap-1.xml, /sitemap-2.xml, … (search engines
accept at most 50,000 URLs per file)."""

from collections import defaultdict
from datetime import UTC
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.models import Page, PageQuerySet, Site, get_page_models

DEFAULT_PAGE_SIZE = 2000


def _page_size() -> int:
    return getattr(settings, "SITEMAP_PAGE_SIZE", DEFAULT_PAGE_SIZE)


def _public_rules():
    """(content type, queryset of the public pages) for every page model whose queryset
    defines its own `public()`: MemorialPage.objects.public() keeps only memorials with a
    current consent. Models without such a rule are governed by live() and Wagtail's view
    restrictions alone."""
    rules = []
    for model in get_page_models():
        queryset = model._default_manager.all()
        own_rule = getattr(type(queryset), "public", None)
        if own_rule is None or own_rule is PageQuerySet.public:
            continue
        rules.append((ContentType.objects.get_for_model(model), queryset.public()))
    return rules


def listed_pages():
    """Every page the sitemap lists, in a stable order."""
    pages = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)
    for content_type, public in _public_rules():
        pages = pages.exclude(Q(content_type=content_type) & ~Q(pk__in=public.values("pk")))
    return pages.order_by("pk")


class _Urls:
    """url_path -> full URL, as Page.get_full_url() computes it (the first site root path the
    page lies under, that root's language prefix), without a model instance or a reverse()
    per page. No page model of this project overrides get_url_parts(); the tests compare
    every URL with get_full_url()."""

    def __init__(self):
        self.roots = Site.get_site_root_paths()
        self.prefixes = {}

    def _prefix(self, language_code):
        if language_code not in self.prefixes:
            with translation.override(language_code):
                self.prefixes[language_code] = reverse("wagtail_serve", args=("",))
        return self.prefixes[language_code]

    def _root(self, url_path):
        return next((root for root in self.roots if url_path.startswith(root.root_path)), None)

    def __call__(self, url_path):
        root = self._root(url_path)
        if root is None:
            return None  # outside every site: not reachable
        return root.root_url + self._prefix(root.language_code) + url_path[len(root.root_path) :]

    def x_default(self, url_path):
        """The site's root, which sends each visitor to their language (as the pages' own
        <link hreflang="x-default"> does)."""
        root = self._root(url_path)
        return root.root_url + "/" if root else None


_FIELDS = ("translation_key", "url_path", "last_published_at", "locale__language_code")


def _entries(pages, listed):
    """The entries of `pages`, a slice of `listed` (every listed page: the translations shown
    as alternates come from it too)."""
    urls = _Urls()
    rows = list(pages.values_list(*_FIELDS))
    keys = {row[0] for row in rows}
    translations = defaultdict(list)
    alternates_rows = listed.filter(translation_key__in=keys).values_list(*_FIELDS)
    for key, url_path, _published, language in alternates_rows:
        url = urls(url_path)
        if url:
            translations[key].append((language, url))
    entries = []
    for key, url_path, published, _language in rows:
        url = urls(url_path)
        if not url:
            continue
        alternates = sorted(translations[key])
        if len(alternates) > 1:
            alternates.append(("x-default", urls.x_default(url_path)))
        else:
            alternates = []
        entries.append((url, published, alternates))
    return entries


def _urlset(entries) -> str:
    """Written out directly rather than through a template: a file holds thousands of URLs."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    for url, published, alternates in entries:
        parts.append(f"<url><loc>{escape(url)}</loc>")
        if published:
            parts.append(f"<lastmod>{published.astimezone(UTC).isoformat()}</lastmod>")
        for language, href in alternates:
            parts.append(
                f'<xhtml:link rel="alternate" hreflang="{escape(language)}" href="{escape(href)}"/>'
            )
        parts.append("</url>\n")
    parts.append("</urlset>\n")
    return "".join(parts)


def _xml(content: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/xml; charset=utf-8")
    # Never kept by a CDN (nor by the page cache): a withdrawn memorial must leave the
    # sitemap at once, and a CDN could only be purged of it address by address.
    patch_cache_control(response, private=True, max_age=0)
    return response


def sitemap(request):
    pages = listed_pages()
    size = _page_size()
    count = pages.count()
    if count <= size:
        return _xml(_urlset(_entries(pages, pages)))
    parts = range(1, (count + size - 1) // size + 1)
    urls = [request.build_absolute_uri(reverse("sitemap_part", args=[number])) for number in parts]
    return _xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<sitemap><loc>{escape(url)}</loc></sitemap>\n" for url in urls)
        + "</sitemapindex>\n"
    )


def sitemap_part(request, number: int):
    if number < 1:
        raise Http404("No such sitemap part.")
    size = _page_size()
    start = (number - 1) * size
    listed = listed_pages()
    entries = _entries(listed[start : start + size], listed)
    if not entries:
        raise Http404("No such sitemap part.")
    return _xml(_urlset(entries))
