"""Checking and cleaning every uploaded image before it is stored.

A family's photograph can carry where and when it was taken (EXIF GPS), the camera owner's
name, editing history (XMP) and comments. None of it may reach the bucket: the image is
decoded by Pillow (never trusting the file name or the declared content type), its pixels are
copied into a brand-new image that has no metadata at all, and that image is encoded afresh
under a generated name.
"""

import io
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# What we accept, by the format Pillow finds in the content, and what we write back.
# Lossless sources stay lossless; animated GIFs keep only their first frame (a portrait).
_OUTPUT_FORMAT = {
    "JPEG": "JPEG",
    "MPO": "JPEG",  # phones' multi-picture JPEG: the first picture is the photograph
    "PNG": "PNG",
    "GIF": "PNG",
    "WEBP": "WEBP",
    "AVIF": "JPEG",
    "HEIF": "JPEG",
}
_EXTENSION = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ACCEPTED_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "avif", "heic", "heif")
# An image's header can claim any size; we never decode more than this many bytes of a
# stream whose declared size we cannot trust.
_JPEG_QUALITY = 88

# Messages a visitor or an editor reads.
MESSAGES = {
    "too_large": _("This file is too large. Please send an image of at most %(limit)s."),
    "not_image": _(
        "This file is not an image we can accept. Please send a photograph in JPEG, PNG, "
        "WebP or GIF format."
    ),
    "damaged": _("This image seems damaged and cannot be read. Please try another file."),
    "too_many_pixels": _(
        "This image has too many pixels. Please send an image of at most %(megapixels)s "
        "megapixels (for example %(example)s pixels)."
    ),
    "empty": _("The file is empty. Please choose an image."),
}


def _register_optional_decoders():
    """HEIC/AVIF photos from phones, when pillow-heif is installed (Wagtail pulls it in)."""
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:  # pragma: no cover - optional
        pass


_register_optional_decoders()


def default_max_bytes() -> int:
    return settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE


def default_max_pixels() -> int:
    return settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def sanitise_image(uploaded_file, max_bytes: int | None = None, max_pixels: int | None = None):
    """Return a clean copy of ``uploaded_file`` as a ``ContentFile`` with a generated name.

    Raises ``ValidationError`` (with a translated message) when the file is not an image,
    is too large in bytes or in pixels, or cannot be decoded.
    """
    max_bytes = default_max_bytes() if max_bytes is None else max_bytes
    max_pixels = default_max_pixels() if max_pixels is None else max_pixels

    data = _read_limited(uploaded_file, max_bytes)
    image = _open(data, max_pixels)
    output_format = _OUTPUT_FORMAT[image.format]
    clean = _clean_copy(image, output_format)
    image.close()

    buffer = io.BytesIO()
    _encode(clean, output_format, buffer)
    clean.close()
    content = ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.{_EXTENSION[output_format]}")
    # Lets the model-level safety net know this file needs no second pass.
    content.sanitised = True
    return content


def _read_limited(uploaded_file, max_bytes: int) -> bytes:
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > max_bytes:
        raise _too_large(max_bytes)
    if hasattr(uploaded_file, "seek"):
        uploaded_file.seek(0)
    # Read one byte more than allowed: a file whose declared size lied is still caught.
    data = uploaded_file.read(max_bytes + 1)
    if hasattr(uploaded_file, "seek"):
        uploaded_file.seek(0)
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    if not data:
        raise ValidationError(MESSAGES["empty"], code="empty")
    return data


def _too_large(max_bytes: int) -> ValidationError:
    return ValidationError(
        MESSAGES["too_large"], code="file_too_large", params={"limit": filesizeformat(max_bytes)}
    )


def _too_many_pixels(max_pixels: int) -> ValidationError:
    side = int(max_pixels**0.5)
    return ValidationError(
        MESSAGES["too_many_pixels"],
        code="too_many_pixels",
        params={
            "megapixels": max(1, max_pixels // 1_000_000),
            "example": f"{side} × {side}",
        },
    )


def _open(data: bytes, max_pixels: int) -> Image.Image:
    Image.init()
    # MPO is not an opener of its own: the JPEG opener returns it.
    formats = tuple(name for name in _OUTPUT_FORMAT if name in Image.OPEN)
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice its limit; treat a warning as a bomb.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=formats)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(max_pixels) from None
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            EOFError,
            TypeError,
        ):
            raise ValidationError(MESSAGES["not_image"], code="invalid_image") from None
        width, height = image.size
        if width < 1 or height < 1 or width * height > max_pixels:
            image.close()
            raise _too_many_pixels(max_pixels)
        try:
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            image.close()
            raise _too_many_pixels(max_pixels) from None
        except (OSError, SyntaxError, ValueError, EOFError, TypeError, MemoryError):
            image.close()
            raise ValidationError(MESSAGES["damaged"], code="damaged_image") from None
    return image


def _clean_copy(image: Image.Image, output_format: str) -> Image.Image:
    """The pixels only, turned upright and in sRGB, in a new image with an empty ``info``."""
    try:
        upright = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, TypeError, KeyError, ZeroDivisionError):
        # A broken EXIF block: the orientation is unknown, the pixels are still good.
        upright = image
    upright = _to_srgb(upright)
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    )
    if output_format == "JPEG":
        has_alpha = False
    grey = upright.mode in ("1", "L")
    mode = "RGBA" if has_alpha else ("L" if grey else "RGB")
    if upright.mode != mode:
        upright = upright.convert(mode)
    # A fresh image built from raw pixels: no info, no EXIF, no ICC, no text chunks, nothing
    # that an encoder could copy across by default.
    return Image.frombytes(mode, upright.size, upright.tobytes())


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert colours from an embedded ICC profile to sRGB, so that dropping the profile
    (which can carry free text) does not shift the colours of wide-gamut phone photos."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, target, outputMode=output_mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _encode(image: Image.Image, output_format: str, buffer: io.BytesIO) -> None:
    if output_format == "JPEG":
        image.save(buffer, "JPEG", quality=_JPEG_QUALITY, optimize=True, progressive=True)
    elif output_format == "WEBP":
        image.save(buffer, "WEBP", quality=_JPEG_QUALITY, method=4)
    else:
        image.save(buffer, "PNG", optimize=True)


def require_alt_text(image, field_name: str) -> None:
    """Images shown on pages need a text alternative for people who cannot see them. Pages
    call this from `clean()` for each image field they show (body blocks ask for it
    themselves through Wagtail's ImageBlock)."""
    if image is not None and not (image.description or "").strip():
        raise ValidationError(
            {
                field_name: _(
                    "This image has no alternative text. Describe it in the image's "
                    "“description” field in the image library, then save again."
                )
            }
        )
