"""A safety net under the forms: whatever path saves a Wagtail image (the admin form, a
script, the multiple uploader's fallback that parks a file as an ``UploadedFile`` and later
copies it into an image without the form's file check), a file that has not been sanitised
yet is sanitised before it is written to storage."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from .images import sanitise_image


def _unsanitised_pending_file(field_file):
    """The not-yet-stored file behind ``field_file``, unless it is already clean."""
    if not field_file or getattr(field_file, "_committed", True):
        return None  # nothing new to store
    pending = getattr(field_file, "file", None)
    if getattr(pending, "sanitised", False):
        return None
    return pending


def sanitise_unsaved_image_file(sender, instance, raw=False, **kwargs):
    if raw:
        return
    pending = _unsanitised_pending_file(instance.file)
    if pending is None:
        return
    instance.file = sanitise_image(pending)
    instance._set_image_file_metadata()


def sanitise_parked_image_upload(sender, instance, raw=False, **kwargs):
    """The multiple uploader parks a file as an ``UploadedFile`` (in the public storage)
    when a field other than the file is invalid: it must be clean from the first write."""
    if raw or instance.for_content_type_id is None:
        return
    image_type = ContentType.objects.get_for_model(get_image_model())
    if instance.for_content_type_id != image_type.pk:
        return
    pending = _unsanitised_pending_file(instance.file)
    if pending is not None:
        instance.file = sanitise_image(pending)


pre_save.connect(
    sanitise_unsaved_image_file,
    sender=get_image_model(),
    dispatch_uid="website_media_sanitise_image",
)
pre_save.connect(
    sanitise_parked_image_upload,
    sender=UploadedFile,
    dispatch_uid="website_media_sanitise_parked_upload",
)
