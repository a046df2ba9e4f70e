"""Memorial parts that other pages show (the home page's featured memorials)."""

from django import template
from wagtail.models import Locale

from memorial.listing import listing_entries, visible_in_locale
from memorial.models import MemorialIndexPage

register = template.Library()

FEATURED_COUNT = 4


@register.inclusion_tag("memorial/components/featured_memorials.html", takes_context=True)
def featured_memorials(context, count=FEATURED_COUNT):
    """The most recently published public memorials, as this language's visitors see them."""
    locale = Locale.get_active()
    memorials = (
        visible_in_locale(locale).order_by("-first_published_at", "-pk").for_listing()[:count]
    )
    return {
        "entries": listing_entries(memorials, locale),
        "index_page": MemorialIndexPage.objects.live().filter(locale=locale).first(),
        "request": context.get("request"),
    }
