"""Site-wide views: language negotiation, security.txt and the error pages."""

from datetime import timedelta

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
def choose_language(request):
    """Send "/" to the language the browser prefers, English when none of ours matches."""
    language = translation.get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


@require_safe
@cache_control(public=True, max_age=86400)
def security_txt(request):
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0).isoformat()
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires}",
        "Preferred-Languages: en, ar, fr, de",
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "website/404.html", status=404)


def server_error(request):
    # Rendered with as little as possible: the database may be what failed.
    return render(request, "website/500.html", status=500)
