"""The one door to private files: permission check, audit log, then a short-lived URL."""

import mimetypes
import posixpath

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET
from wagtail.log_actions import log

from .private_files import FETCH_ACTION, load_file, read_reference
from .storages import is_s3


@require_GET
def private_file(request, reference):
    found = read_reference(reference)
    if found is None:
        raise Http404
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if not (user.is_active and user.has_perm(found.kind.permission)):
        raise PermissionDenied
    field_file = load_file(found)
    if field_file is None:
        raise Http404

    log(
        instance=field_file.instance,
        action=FETCH_ACTION,
        user=user,
        data={"field": found.kind.field_name, "file": field_file.name},
    )

    filename = posixpath.basename(field_file.name)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    storage = field_file.storage
    if is_s3(storage):
        response = HttpResponseRedirect(
            signed_url(storage, field_file.name, filename=filename, content_type=content_type)
        )
    else:
        # A local private file has no URL: stream it, as a download, never rendered inline.
        response = FileResponse(
            storage.open(field_file.name, "rb"),
            as_attachment=True,
            filename=filename,
            content_type=content_type,
        )
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def signed_url(storage, name, *, filename, content_type):
    """A presigned GET that expires within minutes and makes the browser download the file."""
    url = storage.url(
        name,
        parameters={
            "ResponseContentDisposition": content_disposition_header(True, filename),
            "ResponseContentType": content_type,
        },
        expire=settings.PRIVATE_URL_EXPIRY_SECONDS,
    )
    if "Signature=" not in url:  # X-Amz-Signature (v4) or Signature (v2)
        # Fail closed: a private object must never be handed out by an unsigned URL.
        raise RuntimeError("The private storage produced an unsigned URL; check its settings.")
    return url
