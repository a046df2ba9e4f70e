"""The two storages. Their configuration is built in ``website/settings/storage.py``; code asks
for them by name here so that a test (or a deploy) that changes ``STORAGES`` is obeyed."""

import mimetypes
import posixpath

from botocore.config import Config
from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.utils.http import content_disposition_header
from storages.backends.s3 import S3Storage

PUBLIC = "default"
PRIVATE = "private"


class _PrivateStorage(LazyObject):
    """``storages["private"]``, looked up on first use (like Django's ``default_storage``), so
    that a model field built at import time follows a change of ``STORAGES`` in tests."""

    def _setup(self):
        self._wrapped = storages[PRIVATE]


_private = _PrivateStorage()


@receiver(setting_changed)
def _reset_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        _private._wrapped = empty


def private_storage() -> Storage:
    """The storage for consent evidence, request attachments and pending uploads.

    Use it as ``models.FileField(storage=private_storage)``: a callable, so migrations keep a
    reference to this function rather than the backend the environment chose at that moment.
    """
    return _private


def is_private(storage: Storage) -> bool:
    """True if ``storage`` is the private storage (the same object or the same location)."""
    private = storages[PRIVATE]
    if isinstance(storage, LazyObject):
        if storage._wrapped is empty:
            storage._setup()
        storage = storage._wrapped
    if storage is private:
        return True
    return _identity(storage) == _identity(private)


def _identity(storage: Storage):
    bucket = getattr(storage, "bucket_name", None)
    if bucket:
        endpoint = getattr(storage, "endpoint_url", None)
        return ("s3", endpoint, bucket, getattr(storage, "location", ""))
    return ("fs", str(getattr(storage, "location", "")))


def is_s3(storage: Storage) -> bool:
    return bool(getattr(storage, "bucket_name", None))


class LocalPrivateStorage(FileSystemStorage):
    """Private files on the local disk, outside MEDIA_ROOT. They have no URL: asking for one
    is a bug (use ``website.media.private_files.private_file_url``), so it fails loudly
    instead of falling back to MEDIA_URL as Django's FileSystemStorage would."""

    def url(self, name):
        raise ValueError(
            "Private files have no URL; link to them with "
            "website.media.private_files.private_file_url()."
        )


class MediaS3Storage(S3Storage):
    """django-storages' S3 backend with short timeouts and few retries taken as plain options
    (a botocore ``Config`` cannot go into STORAGES: Wagtail serialises a storage's arguments
    into the task that deletes files), and documents stored with the headers they are served
    with, since the bucket (or the CDN in front of it) serves them directly."""

    def __init__(
        self,
        *,
        connect_timeout=5,
        read_timeout=30,
        max_attempts=3,
        attachments_only=False,
        **options,
    ):
        self.attachments_only = attachments_only
        options.setdefault(
            "client_config",
            Config(
                s3={"addressing_style": options.get("addressing_style")},
                signature_version=options.get("signature_version"),
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
                retries={"max_attempts": max_attempts, "mode": "standard"},
            ),
        )
        super().__init__(**options)

    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        if self.attachments_only or name.startswith(DOCUMENTS_FOLDER):
            content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
            inline = not self.attachments_only and content_type in inline_content_types()
            params.setdefault("ContentType", content_type)
            params.setdefault(
                "ContentDisposition",
                content_disposition_header(not inline, posixpath.basename(name)),
            )
        return params


# Wagtail stores documents under this folder (wagtail.documents.models.AbstractDocument).
DOCUMENTS_FOLDER = "documents/"


def inline_content_types():
    """What Wagtail itself would serve inline (its default: PDF and plain text); everything
    else, HTML and SVG included, is a download, never rendered on the bucket's domain."""
    return getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf", "text/plain"])
