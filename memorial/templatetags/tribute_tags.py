"""The tributes section of a memorial page (approved tributes and the form to send one),
and a link to the "Ask for a memorial" form for other templates."""

from django import template
from django.core.paginator import Paginator
from django.urls import reverse

from ..forms import TributeForm

register = template.Library()

# Newest first, this many at a time (a page stays light on a slow connection); older ones
# are a link away (?tributes=2).
TRIBUTES_PER_PAGE = 30


@register.inclusion_tag("memorial/tributes/section.html", takes_context=True)
def tribute_section(context, page):
    """Nothing at all unless the person has a current consent; then the approved tributes
    (in every language) and a fresh form. The page that holds this is cached for anonymous
    visitors: the form's CSRF token is replaced per visitor by website.page_cache."""
    person = getattr(page, "person", None)
    if person is None or not person.has_active_consent():
        return {"show": False}
    request = context.get("request")
    paginator = Paginator(
        person.tributes.public().order_by("-created_at", "-pk"), TRIBUTES_PER_PAGE
    )
    # A number that is not one, or out of range, gives a real page of tributes.
    shown = paginator.get_page(request.GET.get("tributes") if request else None)
    return {
        "show": True,
        "page": page,
        "tributes": list(shown.object_list),
        "tributes_page": shown,
        "form": TributeForm(),
        "request": context.get("request"),
    }


@register.simple_tag
def memorial_request_url():
    """Where families ask for a memorial (for the memorials index, the footer, …)."""
    return reverse("memorial_request")
