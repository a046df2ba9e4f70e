"""Telling editors why a memorial was not published, whichever admin path tried.

The gate (MemorialPage.publish and save) raises ConsentRequired wherever a memorial would go
live without its consent allowing it. The publish button and bulk publishing ask first and
explain (wagtail_hooks.py). Two other admin paths end in the exception: approving a workflow
task other than ours lets it through as an error page, and wagtail-localize catches it and
shows only a generic "validation errors" message. For admin requests, this middleware turns
the first into the reason and a way back, and adds the reason to the second."""

from contextvars import ContextVar

from django.contrib import messages
from django.shortcuts import redirect

from website.middleware import ADMIN_PREFIX

# The reasons given by refusals during the current admin request.
_refusals: ContextVar[list[str] | None] = ContextVar("memorial_refusals", default=None)


def note_refusal(reason: str) -> None:
    """Called where a refusal is raised: the reason reaches the editor even when the view
    catches the exception itself."""
    noted = _refusals.get()
    if noted is not None and reason not in noted:
        noted.append(reason)


class PublicationRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        token = _refusals.set([])
        try:
            response = self.get_response(request)
            for reason in _refusals.get():
                messages.error(request, reason)
        finally:
            _refusals.reset(token)
        return response

    def process_exception(self, request, exception):
        from .models import ConsentRequired  # the models raise through note_refusal, above

        if not (isinstance(exception, ConsentRequired) and request.path.startswith(ADMIN_PREFIX)):
            return None
        # The reason is shown once, by __call__; the editor goes back to the page's editor
        # (where the draft is kept), or to the dashboard.
        match = request.resolver_match
        page_id = match.kwargs.get("page_id") if match else None
        if page_id:
            return redirect("wagtailadmin_pages:edit", page_id)
        return redirect("wagtailadmin_home")
