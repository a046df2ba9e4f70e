"""sitemap.xml: every live page of every language, each with its live translations as
xhtml:link alternates. Never an alias (a copy of another page's content), never a page behind
a view restriction, never a page that its own model says is not public (a memorial without a
current consent: see `_public_rules`).

Cheap by construction: one query counts, one query fetches a slice of pages, one fetches the
translations of that slice; URLs come from Wagtail's cached site root paths, with no query
per page. Past `SITEMAP_PAGE_SIZE` pages, /sitemap.xml becomes a sitemap index that points at
/sitemap-1.xml, /sitemap-2.xml, … (search engines accept at most 50,000 URLs per file)."""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from wagtail.models import Page, PageQuerySet, get_page_models

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


def _entries(request, pages):
    fields = ("pk", "url_path", "translation_key", "last_published_at", "locale__language_code")
    pages = list(pages.select_related("locale").only(*fields))
    keys = {page.translation_key for page in pages}
    translations = defaultdict(list)
    for translation in (
        listed_pages().filter(translation_key__in=keys).select_related("locale").only(*fields)
    ):
        url = translation.get_full_url(request)
        if url:
            translations[translation.translation_key].append(
                (translation.locale.language_code, url)
            )
    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if not url:  # outside every site: not reachable
            continue
        alternates = sorted(translations[page.translation_key])
        entries.append(
            {
                "url": url,
                "lastmod": page.last_published_at,
                "alternates": alternates if len(alternates) > 1 else [],
            }
        )
    return entries


def _xml(request, template, context):
    return render(request, template, context, content_type="application/xml; charset=utf-8")


def sitemap(request):
    pages = listed_pages()
    size = _page_size()
    count = pages.count()
    if count <= size:
        return _xml(request, "news/sitemap.xml", {"entries": _entries(request, pages)})
    parts = range(1, (count + size - 1) // size + 1)
    urls = [request.build_absolute_uri(reverse("sitemap_part", args=[number])) for number in parts]
    return _xml(request, "news/sitemap_index.xml", {"parts": urls})


def sitemap_part(request, number: int):
    if number < 1:
        raise Http404("No such sitemap part.")
    size = _page_size()
    start = (number - 1) * size
    entries = _entries(request, listed_pages()[start : start + size])
    if not entries:
        raise Http404("No such sitemap part.")
    return _xml(request, "news/sitemap.xml", {"entries": entries})
