"""The Wagtail admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): every image an editor
uploads is checked and cleaned by ``sanitise_image``, and written to the storage while the
form is being validated, so that a storage that is down becomes a message next to the file
field instead of an error page, before any row is saved."""

from wagtail.images.forms import BaseImageForm

from .images import sanitise_image
from .storage_errors import STORAGE_ERRORS, StorageUnavailable


class SanitisedImageForm(BaseImageForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or "file" not in self.changed_data:
            return uploaded
        return sanitise_image(uploaded)

    def clean(self):
        cleaned_data = super().clean()
        clean_file = cleaned_data.get("file")
        if self.errors or not getattr(clean_file, "sanitised", False):
            return cleaned_data
        field = self.instance._meta.get_field("file")
        storage = field.storage
        try:
            name = field.generate_filename(self.instance, clean_file.name)
            stored_name = storage.save(name, clean_file, max_length=field.max_length)
        except STORAGE_ERRORS:
            self.add_error("file", StorageUnavailable())
            return cleaned_data
        # From here the model holds a committed file: saving the row does not touch the
        # storage again, and if the row cannot be saved the file is the only leftover.
        cleaned_data["file"] = stored_name
        return cleaned_data
