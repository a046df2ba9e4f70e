"""Memorial parts that other pages show (the home page's featured memorials)."""

from django import template

register = template.Library()


@register.inclusion_tag("memorial/components/featured_memorials.html", takes_context=True)
def featured_memorials(context):
    # Filled by the memorials issue; until then the home page slot stays empty.
    return {"memorials": []}
