"""The rules every admin request goes through (installed after Django's authentication,
django-otp's and the messages middleware):

1. A password alone opens nothing. A signed-in account that has not passed its second factor
   reaches only the second-factor step (or, without a second factor yet, its enrolment page),
   sign-out and Wagtail's public admin URLs; everywhere else on the site it counts as
   anonymous.
2. A session left idle for ADMIN_SESSION_IDLE_SECONDS ends.
3. Every admin response carries `Cache-Control: no-store`: nothing from the admin is kept
   by a browser or a proxy."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import audit
from .two_factor import has_second_factor

ADMIN_PREFIX = "/admin/"
LAST_SEEN_KEY = "accounts_last_seen"
# Writing the session on every request is wasteful; a minute's precision is enough.
LAST_SEEN_RESOLUTION = 60


def _open_admin_paths():
    """Admin URLs reachable without a second factor."""
    return (
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_password_reset"),  # and everything below it
        reverse("wagtailadmin_javascript_catalog"),
        reverse("wagtailadmin_sprite"),
        reverse("accounts_verify"),
        reverse("accounts_setup"),
    )


class AdminAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths = None

    def __call__(self, request):
        response = self._guard(request)
        if response is None:
            response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private
        return response

    def _is_open(self, path):
        if self._open_paths is None:
            self._open_paths = _open_admin_paths()
        return any(
            path == open_path or (open_path.endswith("/") and path.startswith(open_path))
            for open_path in self._open_paths
            if open_path != ADMIN_PREFIX
        )

    def _guard(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None  # no session, no account: nothing to check (keeps public pages cheap)
        user = request.user
        if not user.is_authenticated:
            return None
        in_admin = request.path.startswith(ADMIN_PREFIX)

        if self._idle_too_long(request):
            audit.record(user, audit.SESSION_EXPIRED)
            logout(request)
            if in_admin and not self._is_open(request.path):
                messages.info(
                    request,
                    _("You were signed out after a period of inactivity. Please sign in again."),
                )
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            return None

        if user.is_verified():
            return None
        if not in_admin:
            request.user = AnonymousUser()
            return None
        if self._is_open(request.path):
            return None
        target = "accounts_verify" if has_second_factor(user) else "accounts_setup"
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")

    @staticmethod
    def _idle_too_long(request) -> bool:
        now = int(time.time())
        last_seen = request.session.get(LAST_SEEN_KEY)
        if last_seen is not None and now - last_seen > settings.ADMIN_SESSION_IDLE_SECONDS:
            return True
        if last_seen is None or now - last_seen >= LAST_SEEN_RESOLUTION:
            request.session[LAST_SEEN_KEY] = now
        return False
