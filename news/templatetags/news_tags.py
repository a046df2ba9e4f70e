"""News parts that other pages show (the home page's latest news)."""

from django import template

register = template.Library()


@register.inclusion_tag("news/components/latest_news.html", takes_context=True)
def latest_news(context):
    # Filled by the news issue; until then the home page slot stays empty.
    return {"items": []}
