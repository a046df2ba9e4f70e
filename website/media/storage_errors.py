"""When the storage is down: a clear, translated message, and nothing half-saved.

Public forms that store files wrap their saving in ``storage_guard()``::

    try:
        with storage_guard():
            request = form.save()          # rows and files, all or nothing
    except StorageUnavailable as error:
        form.add_error(None, error)       # the visitor reads why, and can try again

Django writes a FileField's file before the row's INSERT, so a failed upload stops the save
before the row exists; the guard's transaction also rolls back rows saved earlier in the
same block (a request saved before its attachment).
"""

import logging
from contextlib import contextmanager

from botocore.exceptions import BotoCoreError, ClientError
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# What a storage raises when it cannot be reached or refuses to work: S3 errors from
# botocore (endpoint unreachable, timeouts, access denied, missing bucket) and OS errors
# from local folders (disk full, permissions).
STORAGE_ERRORS = (BotoCoreError, ClientError, OSError)


def storage_unavailable_message():
    return _(
        "We could not store your file just now, so nothing was saved. Please try again in a "
        "few minutes."
    )


class StorageUnavailable(ValidationError):
    def __init__(self, message=None):
        super().__init__(message or storage_unavailable_message(), code="storage_unavailable")


@contextmanager
def storage_guard():
    """Run a block of saves in one transaction; a storage failure becomes
    ``StorageUnavailable`` (a ``ValidationError``) and no row of the block is kept."""
    try:
        with transaction.atomic():
            yield
    except STORAGE_ERRORS as error:
        logger.warning("Storage unavailable: %s", error.__class__.__name__)
        raise StorageUnavailable() from error
