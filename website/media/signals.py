"""A safety net under the forms: whatever path saves a Wagtail image (the admin form, the
multiple-upload "create from upload" path that bypasses the form's file check, a script),
a file that has not been sanitised yet is sanitised before it is written to storage."""

from django.db.models.signals import pre_save
from wagtail.images import get_image_model

from .images import sanitise_image


def sanitise_unsaved_image_file(sender, instance, raw=False, **kwargs):
    if raw:
        return
    field_file = instance.file
    if not field_file or getattr(field_file, "_committed", True):
        return  # nothing new to store
    pending = getattr(field_file, "file", None)
    if getattr(pending, "sanitised", False):
        return
    clean = sanitise_image(pending)
    instance.file = clean
    instance._set_image_file_metadata()


pre_save.connect(
    sanitise_unsaved_image_file,
    sender=get_image_model(),
    dispatch_uid="website_media_sanitise_image",
)
