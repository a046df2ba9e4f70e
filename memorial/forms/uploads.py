"""The one place where a visitor's portrait upload is checked and cleaned before storage.

The work is website.media.images.sanitise_image: judged by content (never the name or the
declared type), a pixel limit against decompression bombs, re-encoded from the pixels alone
so that no metadata (EXIF, GPS, XMP, ICC, comments) survives, under a random name. Here only
the limit that suits a family's portrait is chosen."""

from website.media.images import ACCEPTED_EXTENSIONS, sanitise_image

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# The file picker offers what sanitise_image accepts (one list, kept there).
ACCEPT_ATTRIBUTE = ",".join(f".{extension}" for extension in ACCEPTED_EXTENSIONS)


def clean_uploaded_image(uploaded):
    """A metadata-free copy of the upload (a ContentFile), or ValidationError."""
    return sanitise_image(uploaded, max_bytes=MAX_UPLOAD_BYTES)
