"""sanitise_image(): the content decides, metadata never survives, bad input is refused
with a message a visitor understands."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from tests.media.factories import (
    SECRETS,
    XMP,
    jpeg_with_metadata,
    png_bomb,
    png_with_text,
    upload,
)
from website.media.images import sanitise_image

GENERATED_NAME = re.compile(r"^[0-9a-f]{32}\.(jpg|png|webp)$")


def reopen(content):
    content.seek(0)
    return Image.open(io.BytesIO(content.read()))


def assert_no_metadata(data: bytes):
    for secret in SECRETS:
        assert secret not in data
    assert b"xpacket" not in data and b"xmpmeta" not in data
    image = Image.open(io.BytesIO(data))
    assert len(image.getexif()) == 0
    assert not image.getexif().get_ifd(0x8825)  # GPS
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "Author"):
        assert key not in image.info


def test_jpeg_loses_exif_gps_xmp_icc_and_comment():
    original = jpeg_with_metadata()
    # The fixture really carries what we strip, or this test would prove nothing.
    before = Image.open(io.BytesIO(original))
    assert before.getexif().get_ifd(0x8825)
    assert XMP in original and b"SECRET-COMMENT" in original and "icc_profile" in before.info

    clean = sanitise_image(upload(original))

    clean.seek(0)
    assert_no_metadata(clean.read())
    assert reopen(clean).format == "JPEG"


def test_orientation_is_applied_before_the_exif_goes():
    clean = sanitise_image(upload(jpeg_with_metadata(size=(64, 48), orientation=6)))
    assert reopen(clean).size == (48, 64)


def test_png_text_chunks_and_exif_go_transparency_stays():
    original = png_with_text()
    assert b"SECRET-PHOTOGRAPHER" in original
    clean = sanitise_image(upload(original, "drawing.png", "image/png"))
    clean.seek(0)
    assert_no_metadata(clean.read())
    image = reopen(clean)
    assert image.format == "PNG" and image.mode == "RGBA"


def test_the_content_decides_not_the_name_or_declared_type():
    png = png_with_text()
    clean = sanitise_image(upload(png, "holiday.jpg", "image/jpeg"))
    assert clean.name.endswith(".png")
    assert reopen(clean).format == "PNG"


@pytest.mark.parametrize(
    "content",
    [
        b"<html><script>alert(1)</script></html>",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
        b"GIF89a" + b"\x00" * 20,  # a header and nothing behind it
        b"MZ\x90\x00" + b"\x00" * 200,
    ],
    ids=["html", "svg", "pdf", "gif-header-only", "executable"],
)
def test_files_that_lie_about_being_images_are_refused(content):
    with pytest.raises(ValidationError) as caught:
        sanitise_image(upload(content, "portrait.jpg", "image/jpeg"))
    assert caught.value.code in {"invalid_image", "damaged_image"}


def test_a_truncated_photo_is_refused_as_damaged():
    data = jpeg_with_metadata(size=(400, 300))
    with pytest.raises(ValidationError) as caught:
        sanitise_image(upload(data[: len(data) // 2]))
    assert caught.value.code == "damaged_image"


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as caught:
        sanitise_image(upload(b""))
    assert caught.value.code == "empty"


def test_an_oversize_file_is_refused_with_the_limit_in_the_message():
    data = jpeg_with_metadata(size=(300, 300))
    with pytest.raises(ValidationError) as caught:
        sanitise_image(upload(data), max_bytes=len(data) - 1)
    assert caught.value.code == "file_too_large"
    assert "at most" in caught.value.messages[0]


def test_a_file_whose_declared_size_lies_is_still_measured():
    data = jpeg_with_metadata(size=(300, 300))
    lying = upload(data)
    lying.size = 10
    with pytest.raises(ValidationError) as caught:
        sanitise_image(lying, max_bytes=len(data) - 1)
    assert caught.value.code == "file_too_large"


def test_a_decompression_bomb_is_refused_without_decoding_it():
    bomb = png_bomb()
    assert len(bomb) < 200_000  # tiny on the wire, 900 megapixels once decoded
    with pytest.raises(ValidationError) as caught:
        sanitise_image(upload(bomb, "bomb.png", "image/png"))
    assert caught.value.code == "too_many_pixels"


def test_too_many_pixels_for_the_configured_limit_is_refused():
    data = jpeg_with_metadata(size=(200, 100))
    with pytest.raises(ValidationError) as caught:
        sanitise_image(upload(data), max_pixels=19_999)
    assert caught.value.code == "too_many_pixels"
    assert sanitise_image(upload(data), max_pixels=20_000)


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/passwd.jpg",
        "..\\..\\windows\\system32\\photo.jpg",
        "صورة والدي في حمص.jpg",
        "a" * 400 + ".jpg",
        "photo.jpg\x00.php",
        "/absolute/path/photo.jpg",
    ],
)
def test_any_file_name_becomes_a_safe_generated_one(name):
    clean = sanitise_image(upload(jpeg_with_metadata(), name))
    assert GENERATED_NAME.match(clean.name)


def test_refusals_are_translated():
    with translation.override("ar"):
        with pytest.raises(ValidationError) as caught:
            sanitise_image(upload(b"not an image"))
        message = caught.value.messages[0]
    assert "image" not in message
    assert re.search("[\u0600-\u06ff]", message)
