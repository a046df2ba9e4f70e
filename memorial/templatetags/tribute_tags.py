"""The tributes section of a memorial page (approved tributes and the form to send one)."""

from django import template

register = template.Library()


@register.inclusion_tag("memorial/tributes/section.html", takes_context=True)
def tribute_section(context, page):
    # Filled by the tributes issue.
    return {"page": page}
