"""The Wagtail admin's image and document forms (``WAGTAILIMAGES_IMAGE_FORM_BASE``,
``WAGTAILDOCS_DOCUMENT_FORM_BASE``).

Every image an editor uploads is checked and cleaned by ``sanitise_image``. Images and
documents are written to the storage while the form is being validated, so that a storage
that is down becomes a message next to the file field instead of an error page, before any
row is saved."""

from django.core.files.base import File
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .images import sanitise_image
from .storage_errors import STORAGE_ERRORS, StorageUnavailable


class StoreFileWhileValidating:
    """Writes a newly uploaded ``file`` to its storage at the end of ``clean()``."""

    def clean(self):
        cleaned_data = super().clean()
        new_file = cleaned_data.get("file")
        if self.errors or "file" not in self.changed_data or not isinstance(new_file, File):
            return cleaned_data
        field = self.instance._meta.get_field("file")
        try:
            name = field.generate_filename(self.instance, new_file.name)
            stored_name = field.storage.save(name, new_file, max_length=field.max_length)
        except STORAGE_ERRORS:
            self.add_error("file", StorageUnavailable())
            return cleaned_data
        # From here the model holds a committed file: saving the row does not write to the
        # storage again, and if the row cannot be saved the object is the only leftover.
        cleaned_data["file"] = stored_name
        return cleaned_data


class SanitisedImageForm(StoreFileWhileValidating, BaseImageForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or "file" not in self.changed_data:
            return uploaded
        return sanitise_image(uploaded)


class StoredDocumentForm(StoreFileWhileValidating, BaseDocumentForm):
    pass
