"""Sending a tribute. The memorial page (served from the page cache) carries the form; it
posts here, never cached. An error re-renders the form on this view's own page with what was
typed; success redirects (POST, then GET) to a confirmation in the visitor's language."""

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from website.form_protection import RateLimit, check_rate_limit, is_duplicate, trim_echo

from ..forms import TributeForm
from ..notifications import notify_moderators

# Ten sends in ten minutes is more than any person writes; a script gets a 429.
TRIBUTE_RATE = RateLimit("tribute", limit=10, window=600)
DUPLICATE_WINDOW = 60 * 60


def public_memorial(page_id: int):
    """The live, consented memorial page with this id, in the visitor's language where it is
    translated; 404 otherwise (an unpublished or withdrawn memorial takes no tributes)."""
    from ..models import MemorialPage

    # public() already means live, unrestricted and consented.
    page = MemorialPage.objects.public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    localized = page.localized
    if localized.pk != page.pk and localized.live:
        return localized.specific
    return page


@never_cache
@require_http_methods(["GET", "POST"])
def send_tribute(request, page_id):
    page = public_memorial(page_id)
    status = 200
    if request.method == "POST":
        form = TributeForm(request.POST)
        valid = form.is_valid()
        if not check_rate_limit(request, TRIBUTE_RATE):
            form.add_error(
                None,
                _(
                    "You have sent many tributes in a short "
                    "time. Please wait a few minutes and send it again."
                ),
            )
            status = 429
        elif not valid:
            status = 400
        elif is_duplicate(
            "tribute", str(page.person_id), form.cleaned_data["message"], window=DUPLICATE_WINDOW
        ):
            form.add_error(
                None,
                _(
                    "We have already received this tribute. "
                    "It will appear once a moderator has read it."
                ),
            )
            status = 409
        else:
            with transaction.atomic():
                tribute = form.build_tribute(page.person)
                tribute.save()
                transaction.on_commit(lambda: notify_moderators.enqueue("tribute", tribute.pk))
            return redirect("tribute_sent", page_id=page.pk)
        trim_echo(form)
    else:
        form = TributeForm()
    context = {"page": page, "name": shown_name(page), "form": form}
    return render(request, "memorial/tributes/send.html", context, status=status)


@never_cache
def tribute_sent(request, page_id):
    page = public_memorial(page_id)
    return render(request, "memorial/tributes/sent.html", {"page": page, "name": shown_name(page)})


def shown_name(page) -> str:
    """The name as the memorial page shows it, or "" when the family withheld it (the page's
    title is an editor's label and may be the real name)."""
    shown = page.shown()
    return shown.names_for(page.locale.language_code)[0] if shown.name else ""
