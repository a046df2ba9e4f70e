"""Response headers that Django does not set by itself: the Content-Security-Policy and the
Permissions-Policy. Set in one place so that every response carries them."""

import base64
import hashlib
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import storages

# Everything the public site needs comes from this host: no third-party fonts, scripts or
# frames, and no inline script or style (no 'unsafe-inline' anywhere).
PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: {media}",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)


# Inline <script> elements that run (not JSON data islands).
_INLINE_SCRIPT = re.compile(
    rb"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/(?:ld\+)?json\")[^>]*>(.*?)</script>",
    re.DOTALL,
)
ADMIN_PREFIX = "/admin/"


def _script_hashes(content: bytes) -> list[str]:
    """CSP hashes of the admin's few inline scripts (Wagtail's date pickers), so that the
    admin works under a policy without 'unsafe-inline'."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(content):
        digest = base64.b64encode(hashlib.sha256(match.group(1)).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


def _media_origin() -> str:
    """Where public media is served from (an S3 endpoint, a bucket host, a CDN), asked of the
    storage itself so that every addressing style and custom domain is right; "" when media
    comes from this site."""
    parts = urlsplit(storages["default"].url("csp-probe"))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = PUBLIC_POLICY.format(media=_media_origin()).replace(" ;", ";")

    def __call__(self, request):
        response = self.get_response(request)
        policy = self.policy
        if (
            request.path.startswith(ADMIN_PREFIX)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        ):
            hashes = _script_hashes(response.content)
            if hashes:
                policy = policy.replace(
                    "script-src 'self'", "script-src 'self' " + " ".join(hashes)
                )
        response.setdefault("Content-Security-Policy", policy)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
