"""Media storages from the environment: one function that base.py and the S3 tests both call,
so the tests exercise exactly the configuration production builds.

With ``AWS_STORAGE_BUCKET_NAME`` set, both storages are S3 buckets (AWS, MinIO, Ceph, Garage,
R2: any endpoint); otherwise they are local folders, the private one outside MEDIA_ROOT.
"""

from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .env import env_int, env_str

S3_BACKEND = "website.media.storages.MediaS3Storage"
LOCAL_PRIVATE_BACKEND = "website.media.storages.LocalPrivateStorage"


def _get(env: Mapping[str, str], name: str) -> str:
    return env_str(name, environ=env)


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    return env_int(name, default, environ=env)


def private_url_expiry_seconds(env: Mapping[str, str]) -> int:
    """Signed URLs for private files live minutes, never hours."""
    seconds = _int(env, "PRIVATE_URL_EXPIRY_SECONDS", 300)
    if not 1 <= seconds <= 900:
        raise ImproperlyConfigured("PRIVATE_URL_EXPIRY_SECONDS must be between 1 and 900.")
    return seconds


def media_storages(env: Mapping[str, str], private_media_root: Path) -> dict[str, dict]:
    """The "default" (public) and "private" entries of ``STORAGES``."""
    public_bucket = _get(env, "AWS_STORAGE_BUCKET_NAME")
    private_bucket = _get(env, "AWS_PRIVATE_STORAGE_BUCKET_NAME")
    if not public_bucket:
        if private_bucket:
            raise ImproperlyConfigured(
                "AWS_PRIVATE_STORAGE_BUCKET_NAME is set without AWS_STORAGE_BUCKET_NAME."
            )
        return {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "private": {
                "BACKEND": LOCAL_PRIVATE_BACKEND,
                "OPTIONS": {"location": str(private_media_root)},
            },
        }
    if not private_bucket or private_bucket == public_bucket:
        raise ImproperlyConfigured(
            "AWS_PRIVATE_STORAGE_BUCKET_NAME must be set, and differ from "
            "AWS_STORAGE_BUCKET_NAME: private files never go to the public bucket."
        )
    common = {
        "endpoint_url": _get(env, "AWS_S3_ENDPOINT_URL") or None,
        "region_name": _get(env, "AWS_S3_REGION_NAME") or None,
        "access_key": _get(env, "AWS_ACCESS_KEY_ID") or None,
        "secret_key": _get(env, "AWS_SECRET_ACCESS_KEY") or None,
        "addressing_style": _get(env, "AWS_S3_ADDRESSING_STYLE") or None,
        "signature_version": "s3v4",
        # Never overwrite an object in place: a clash gets a new unique name.
        "file_overwrite": False,
        # A storage that is down must fail an upload in seconds, not hang the request.
        "connect_timeout": _int(env, "AWS_S3_CONNECT_TIMEOUT", 5),
        "read_timeout": _int(env, "AWS_S3_READ_TIMEOUT", 30),
        "max_attempts": _int(env, "AWS_S3_MAX_ATTEMPTS", 3),
    }
    return {
        "default": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **common,
                "bucket_name": public_bucket,
                "custom_domain": _get(env, "AWS_S3_CUSTOM_DOMAIN") or None,
                # Public objects are readable through the bucket policy, never per-object ACLs.
                "default_acl": None,
                "querystring_auth": False,
                # Names are unique and never rewritten, so browsers and CDNs may keep them.
                "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            },
        },
        "private": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **common,
                "bucket_name": private_bucket,
                # No per-object ACL: objects are private by default, and AWS buckets with ACLs
                # disabled (the default since 2023) refuse any ACL but the owner's.
                "default_acl": None,
                "querystring_auth": True,
                "querystring_expire": private_url_expiry_seconds(env),
                # A CDN domain would serve unsigned URLs: never for private files.
                "custom_domain": None,
                "object_parameters": {"CacheControl": "private, no-store"},
                # Never rendered by a browser from the bucket: always a download.
                "attachments_only": True,
            },
        },
    }
