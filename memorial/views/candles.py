"""Lighting a candle: a POST form on the memorial page, no account, no JavaScript.

The count is not pushed into the cached pages at once (emptying the whole page cache on every
candle would defeat it when crowds come); the visitor who lit one is sent back to the page
with a query string, which is never cached, and sees the new count and a thank-you."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from website.form_protection import RateLimit, check_rate_limit

from ..models import MemorialPage

# One candle per memorial and client per hour, and at most 30 candles an hour per client.
PER_MEMORIAL = 1
PER_CLIENT = RateLimit("candle", 30, 60 * 60)


@require_POST
def light_candle(request, page_id):
    page = MemorialPage.objects.public().select_related("person").filter(pk=page_id).first()
    if page is None:
        raise Http404
    per_memorial = RateLimit(f"candle-{page.person_id}", PER_MEMORIAL, 60 * 60)
    if not (check_rate_limit(request, per_memorial) and check_rate_limit(request, PER_CLIENT)):
        context = {"page": page, "memorial_url": page.get_url(request)}
        return render(request, "memorial/candle_refused.html", context, status=429)
    page.person.light_candle()
    return redirect(f"{page.get_url(request)}?candle=lit#candle")
