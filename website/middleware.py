"""Response headers that Django does not set by itself: the Content-Security-Policy and the
Permissions-Policy. Set in one place so that every response carries them."""

from django.conf import settings

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


def _media_origin() -> str:
    """Where images come from when media lives in an S3 bucket or behind a CDN."""
    options = settings.STORAGES["default"].get("OPTIONS", {})
    if options.get("custom_domain"):
        return f"https://{options['custom_domain']}"
    if options.get("endpoint_url"):
        return options["endpoint_url"].rstrip("/")
    if options.get("bucket_name"):
        return f"https://{options['bucket_name']}.s3.amazonaws.com"
    return ""


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = PUBLIC_POLICY.format(media=_media_origin()).replace("  ", " ")

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", self.policy)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
