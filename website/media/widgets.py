"""An admin file input for private files: the "currently" link goes through the
permission-checked, logged private-file view, never to a storage URL (a local private file
has none, and a signed S3 URL handed out in a form would skip the check and the log)."""

from django import forms

from .private_files import get_kind, private_file_url


class PrivateFileInput(forms.ClearableFileInput):
    # Form widgets are rendered from the apps' template folders, not the project's templates/.
    template_name = "website_media/private_file_input.html"

    def is_initial(self, value):
        # Django asks the file for its URL here; a private file must not be asked.
        return bool(value and getattr(value, "name", None))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        has_file = bool(value) and getattr(value, "instance", None) is not None
        registered = has_file and get_kind(value.instance._meta.label_lower, value.field.name)
        context["widget"]["private_url"] = private_file_url(value) if registered else ""
        context["widget"]["file_name"] = value.name.rsplit("/", 1)[-1] if has_file else ""
        return context
