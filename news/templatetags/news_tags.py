"""News parts that other pages show (the home page's latest news), and the index's links."""

from django import template
from django.utils.http import urlencode
from wagtail.models import Locale

from news.listing import public_news
from news.models import NewsIndexPage

register = template.Library()

LATEST_COUNT = 3


@register.inclusion_tag("news/components/latest_news.html", takes_context=True)
def latest_news(context):
    """The newest live items in the active language, and that language's news index."""
    locale = Locale.get_active()
    items = list(
        public_news(locale)
        .select_related("lead_image")
        .prefetch_related("lead_image__renditions")[:LATEST_COUNT]
    )
    index = NewsIndexPage.objects.live().public().filter(locale=locale).first()
    return {"items": items, "index": index, "request": context.get("request")}


@register.simple_tag
def news_query(filters: dict, page_number: int) -> str:
    """The query string of the index with these filters at this page ("?" alone for the
    unfiltered first page, so the link stays on the index)."""
    query = dict(filters)
    if page_number and page_number > 1:
        query["page"] = page_number
    return "?" + urlencode(query) if query else "?"
