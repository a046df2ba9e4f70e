"""Atom (and RSS 2.0) feeds of each language's news: /<lang>/feeds/news.atom.

A feed holds only the items of its own language. The rendered feed is kept by the full-page
cache (website/page_cache.py), whose key is the path, and the path starts with the language:
each language has its own cache entry, and publishing anything empties them all."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from wagtail.models import Locale

from website.models import SiteSettings

from .listing import news_items
from .models import NewsIndexPage

FEED_LENGTH = 20


@dataclass
class FeedContext:
    language: str
    index: NewsIndexPage
    index_url: str
    feed_url: str
    host: str
    organisation: str
    request: HttpRequest


def _host_without_port(request) -> str:
    # A tag URI's authority is a domain name, without a port.
    return request.get_host().split(":")[0]


class NewsAtomFeed(Feed):
    feed_type = Atom1Feed
    url_name = "news_atom_feed"

    def get_object(self, request, *args, **kwargs):
        language = translation.get_language()
        locale = Locale.objects.filter(language_code=language).first()
        index = (
            NewsIndexPage.objects.live().public().filter(locale=locale).first() if locale else None
        )
        if index is None:
            raise Http404("No news in this language.")
        settings = SiteSettings.for_active_language()
        return FeedContext(
            language=language,
            index=index,
            index_url=index.get_full_url(request),
            feed_url=request.build_absolute_uri(reverse(self.url_name)),
            host=_host_without_port(request),
            organisation=settings.organisation_name if settings else "",
            request=request,
        )

    # The feed.
    def title(self, obj):
        return f"{obj.organisation} · {obj.index.title}" if obj.organisation else obj.index.title

    def subtitle(self, obj):
        return obj.index.intro or None

    description = subtitle  # RSS calls it the description

    def link(self, obj):
        return obj.index_url

    def feed_url(self, obj):
        return obj.feed_url

    def feed_guid(self, obj):
        # Stable even if the index page's slug changes.
        return f"tag:{obj.host},2018:news:{obj.language}"

    def author_name(self, obj):
        return obj.organisation or obj.index.title

    def items(self, obj):
        # Only the index's own language: news_items() filters on the index's locale.
        items = list(news_items(obj.index)[:FEED_LENGTH])
        for item in items:
            # Wagtail keeps the site root paths on the request: no query per item.
            item.feed_link = item.get_full_url(obj.request)
            item.feed_guid = (
                f"tag:{obj.host},{item.date:%Y-%m-%d}:news/{item.translation_key}/{obj.language}"
            )
        return items

    # Each item.
    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers read the summary as HTML: escape it so that it stays text.
        return escape(item.summary)

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        return item.feed_guid

    item_guid_is_permalink = False

    def item_pubdate(self, item) -> datetime | None:
        return item.first_published_at

    def item_updateddate(self, item) -> datetime | None:
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class NewsRssFeed(NewsAtomFeed):
    feed_type = Rss201rev2Feed
    url_name = "news_rss_feed"

    def feed_guid(self, obj):
        return None


def atom(request):
    return NewsAtomFeed()(request)


def rss(request):
    return NewsRssFeed()(request)
