"""The "Ask for a memorial" form for families. Nothing here is ever cached; the request and
its portrait go into a private queue for editors (see memorial/moderation.py)."""

from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from website.form_protection import RateLimit, check_rate_limit, is_duplicate, trim_echo
from website.media.storage_errors import StorageUnavailable, storage_guard

from ..forms import MemorialRequestForm
from ..notifications import notify_moderators

# A family sends one request, perhaps two; a few an hour leaves room for mistakes.
REQUEST_RATE = RateLimit("memorial-request", limit=5, window=3600)
DUPLICATE_WINDOW = 60 * 60 * 24


@never_cache
@require_http_methods(["GET", "POST"])
def ask_for_memorial(request):
    status = 200
    if request.method == "POST":
        form = MemorialRequestForm(request.POST, request.FILES)
        valid = form.is_valid()
        if not check_rate_limit(request, REQUEST_RATE):
            form.add_error(
                None,
                _(
                    "You have sent several requests in a short time. "
                    "Please wait an hour and send it again, or write to us."
                ),
            )
            status = 429
        elif not valid:
            status = 400
        elif is_duplicate(
            "memorial-request",
            form.cleaned_data["email"],
            form.cleaned_data["name_native"],
            form.cleaned_data["name_latin"],
            window=DUPLICATE_WINDOW,
        ):
            form.add_error(
                None,
                _(
                    "We have already received this request. An editor "
                    "will contact you; there is no need to send it again."
                ),
            )
            status = 409
        else:
            try:
                # The portrait goes to the private storage: if it is down, nothing is saved
                # and the family reads why, with what they typed still in the form.
                with storage_guard():
                    memorial_request = form.build_request()
                    memorial_request.save()
                    transaction.on_commit(
                        lambda: notify_moderators.enqueue("memorial-request", memorial_request.pk)
                    )
            except StorageUnavailable as error:
                form.add_error(None, error)
                status = 503
            else:
                return redirect("memorial_request_sent")
        trim_echo(form)
    else:
        form = MemorialRequestForm()
    return render(request, "memorial/requests/form.html", {"form": form}, status=status)


@never_cache
def request_sent(request):
    return render(request, "memorial/requests/sent.html")
