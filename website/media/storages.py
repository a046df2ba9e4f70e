"""The two storages. Their configuration is built in ``website/settings/storage.py``; code asks
for them by name here so that a test (or a deploy) that changes ``STORAGES`` is obeyed."""

from botocore.config import Config
from django.core.files.storage import FileSystemStorage, Storage, storages
from storages.backends.s3 import S3Storage

PUBLIC = "default"
PRIVATE = "private"


def private_storage() -> Storage:
    """The storage for consent evidence, request attachments and pending uploads.

    A callable so that ``models.FileField(storage=private_storage)`` keeps the reference to
    this function in migrations, not the backend chosen by the environment at that moment.
    """
    return storages[PRIVATE]


def public_storage() -> Storage:
    return storages[PUBLIC]


def is_private(storage: Storage) -> bool:
    """True if ``storage`` is the private storage (the same object or the same location)."""
    private = storages[PRIVATE]
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
    into the task that deletes files)."""

    def __init__(self, *, connect_timeout=5, read_timeout=30, max_attempts=3, **settings):
        settings.setdefault(
            "client_config",
            Config(
                s3={"addressing_style": settings.get("addressing_style")},
                signature_version=settings.get("signature_version"),
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
                retries={"max_attempts": max_attempts, "mode": "standard"},
            ),
        )
        super().__init__(**settings)
