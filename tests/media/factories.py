"""Image files as a phone or a hostile visitor would send them."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms

GPS_LATITUDE = (33.0, 30.0, 12.34)  # somewhere a family must not be located
XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>SECRET-PHOTOGRAPHER</dc:creator></rdf:Description></rdf:RDF>"
    b'</x:xmpmeta><?xpacket end="w"?>'
)
SECRETS = (b"SECRET-PHOTOGRAPHER", b"SECRET-CAMERA-OWNER", b"SECRET-COMMENT", b"SecretPhone")


def exif_with_gps(orientation=None):
    exif = Image.Exif()
    exif[0x013B] = "SECRET-CAMERA-OWNER"  # Artist
    exif[0x010F] = "SecretPhone"  # Make
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LATITUDE
    gps[3] = "E"
    gps[4] = (36.0, 17.0, 0.0)
    return exif


def jpeg_with_metadata(size=(64, 48), orientation=None, colour=(200, 30, 30)):
    """A JPEG carrying EXIF (with GPS), an XMP packet, an ICC profile and a comment."""
    image = Image.new("RGB", size, colour)
    # Left half a different colour, so a test can see whether orientation was applied.
    image.paste((20, 20, 220), (0, 0, size[0] // 2, size[1]))
    buffer = io.BytesIO()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(
        buffer,
        "JPEG",
        exif=exif_with_gps(orientation).tobytes(),
        xmp=XMP,
        icc_profile=icc,
        comment=b"SECRET-COMMENT",
        quality=95,
    )
    return buffer.getvalue()


def png_with_text(size=(40, 30)):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "SECRET-PHOTOGRAPHER")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add_text("Comment", "SECRET-COMMENT", zip=True)
    image = Image.new("RGBA", size, (10, 200, 10, 128))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info, exif=exif_with_gps().tobytes())
    return buffer.getvalue()


def png_bomb(width=30_000, height=30_000):
    """A tiny PNG whose header claims a huge image (all-zero rows compress to almost nothing)."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    data = b"".join(compressor.compress(row) for _ in range(64)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)
