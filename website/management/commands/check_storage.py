"""``manage.py check_storage``: write, read and delete a probe object in each media storage,
and, on S3, check from outside that the public bucket is readable and the private one is not.
Exits with status 1 when anything is wrong, so a deploy pipeline can stop."""

import urllib.error
import urllib.request
import uuid
from urllib.parse import urlsplit, urlunsplit

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from website.media.storage_errors import STORAGE_ERRORS
from website.media.storages import PRIVATE, PUBLIC, is_s3

PROBE_FOLDER = "healthchecks"


class Command(BaseCommand):
    help = "Write, read and delete a probe object in the public and the private media storage."

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout", type=float, default=5.0, help="Seconds to wait for an HTTP check."
        )

    def handle(self, *args, timeout=5.0, **options):
        problems = 0
        for alias, label in ((PUBLIC, _("public media")), (PRIVATE, _("private files"))):
            storage = storages[alias]
            where = describe(storage)
            try:
                notes = probe(storage, public=(alias == PUBLIC), timeout=timeout)
            except ProbeFailed as failure:
                problems += 1
                self.stdout.write(
                    self.style.ERROR(
                        _("%(label)s (%(where)s): FAILED — %(reason)s")
                        % {"label": label, "where": where, "reason": failure}
                    )
                )
                continue
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(label)s (%(where)s): OK — wrote, read and deleted a probe.")
                    % {"label": label, "where": where}
                )
            )
            for note in notes:
                self.stdout.write("  " + note)
        if problems:
            raise CommandError(
                _("Storage checks failed: %(count)d.") % {"count": problems}, returncode=1
            )


class ProbeFailed(Exception):
    pass


def describe(storage) -> str:
    if is_s3(storage):
        endpoint = storage.endpoint_url or "AWS"
        return _("S3 bucket %(bucket)s at %(endpoint)s") % {
            "bucket": storage.bucket_name,
            "endpoint": endpoint,
        }
    return _("folder %(location)s") % {"location": storage.location}


def probe(storage, *, public: bool, timeout: float) -> list[str]:
    content = f"probe {uuid.uuid4().hex}".encode()
    name = f"{PROBE_FOLDER}/probe-{uuid.uuid4().hex}.txt"
    notes = []
    saved = None
    try:
        saved = storage.save(name, ContentFile(content))
        with storage.open(saved, "rb") as handle:
            if handle.read() != content:
                raise ProbeFailed(_("the probe read back differs from what was written"))
        if is_s3(storage):
            notes.extend(check_from_outside(storage, saved, public=public, timeout=timeout))
    except STORAGE_ERRORS as error:
        raise ProbeFailed(f"{error.__class__.__name__}: {error}") from error
    finally:
        if saved:
            try:
                storage.delete(saved)
            except STORAGE_ERRORS as error:
                raise ProbeFailed(
                    _("could not delete the probe %(name)s: %(error)s")
                    % {"name": saved, "error": error}
                ) from error
    try:
        if storage.exists(saved):
            raise ProbeFailed(
                _("the probe %(name)s is still there after deleting it") % {"name": saved}
            )
    except STORAGE_ERRORS as error:
        raise ProbeFailed(f"{error.__class__.__name__}: {error}") from error
    return notes


def anonymous_status(url: str, timeout: float) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


def check_from_outside(storage, name, *, public: bool, timeout: float) -> list[str]:
    """What an anonymous browser gets for the object's plain (unsigned) URL."""
    signed_or_plain = storage.url(name)
    parts = urlsplit(signed_or_plain)
    plain = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    status = anonymous_status(plain, timeout)
    if public:
        if status == 200:
            return [_("Anonymous read of the public bucket works.")]
        return [
            _(
                "Warning: an anonymous read of %(url)s gave %(status)s; images and documents "
                "will not show until the public-read policy in docs/media.md is applied."
            )
            % {"url": plain, "status": status if status is not None else _("no answer")}
        ]
    if status == 200:
        raise ProbeFailed(
            _(
                "the private bucket answers anonymous reads (%(url)s): remove any public "
                "policy or ACL from it at once"
            )
            % {"url": plain}
        )
    return [_("The private bucket refuses anonymous reads.")]
