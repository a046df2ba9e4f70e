"""Settings shared by every environment. Everything that varies comes from the environment,
read here and nowhere else; README.md and .env.example list every variable."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str
from .storage import media_storages, private_url_expiry_seconds

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The public address of the site, used in e-mails and feeds where no request is at hand.
WAGTAILADMIN_BASE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAIL_SITE_NAME = "Caesar Families"

INSTALLED_APPS = [
    # Our apps first, so that their templates and static files win.
    "website",
    "website.media",
    "memorial",
    "news",
    "campaigns",
    "accounts",
    # Two-factor sign-in for the admin (accounts/ enforces it): TOTP apps and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "storages",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "website.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin accounts: second factor required, idle sessions end, admin responses not stored.
    "accounts.middleware.AdminAccessMiddleware",
    # A memorial refused by the consent gate: the editor is told why, on every admin path.
    "memorial.refusals.PublicationRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "website.page_cache.PageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the fallback and the x-default.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", "العربية"),
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A translation must never go live by itself: an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# Static files, served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS: list = []

# Media. Two storages: "default" is public (images, renditions, public documents), "private"
# holds consent evidence and pending uploads and is never served by a public URL.
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
PRIVATE_MEDIA_ROOT = BASE_DIR / "private-media"  # deliberately outside MEDIA_ROOT
SERVE_LOCAL_MEDIA = False  # dev and test serve MEDIA_ROOT themselves; never the private folder

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
AWS_PRIVATE_STORAGE_BUCKET_NAME = env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME")
# Minutes-long signed URLs for private files.
PRIVATE_URL_EXPIRY_SECONDS = private_url_expiry_seconds(os.environ)

# Built in website/settings/storage.py, which the S3 tests call too.
STORAGES = {
    **media_storages(os.environ, PRIVATE_MEDIA_ROOT),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Caches: Redis when REDIS_URL is set (shared by every app process), memory otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    _cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
else:
    _cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**_cache, "KEY_PREFIX": "site"},
    # Wagtail looks renditions up here first, so a page view need not ask the storage.
    "renditions": {**_cache, "KEY_PREFIX": "renditions", "TIMEOUT": 60 * 60 * 24 * 7},
}
# How long an anonymous page stays in the full-page cache, and what a CDN may keep.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
CDN_CACHE_SECONDS = env_int("CDN_CACHE_SECONDS", 60)

# Wagtail's front-end cache purging, switched on when a CDN is configured.
WAGTAILFRONTENDCACHE: dict = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }

# E-mail: printed to the console unless an SMTP host is configured.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who is told that a tribute, a memorial request or another submission waits for moderation.
MODERATOR_EMAILS = env_list("MODERATOR_EMAILS")
# Retention of personal data, in days (see `manage.py purge_personal_data`): the contact
# details of tribute senders and memorial requesters once moderation is over, and petition
# signatures.
PERSONAL_DATA_RETENTION_DAYS = env_int("PERSONAL_DATA_RETENTION_DAYS", 30)
SIGNATURE_RETENTION_DAYS = env_int("SIGNATURE_RETENTION_DAYS", 730)
# Shown in /.well-known/security.txt.
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "mailto:security@example.org")

# Background work (e-mail, search indexing) goes through Django's tasks framework.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

# Wagtail.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"jpeg": "webp", "png": "webp", "gif": "webp", "bmp": "webp"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("MAX_IMAGE_UPLOAD_BYTES", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # refuse decompression bombs
WAGTAILDOCS_SERVE_METHOD = "direct"
# Every image an editor uploads is checked, re-encoded and stripped of metadata.
WAGTAILIMAGES_IMAGE_FORM_BASE = "website.media.forms.SanitisedImageForm"
# Documents are stored while the form is validated: a storage failure is a form error.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "website.media.forms.StoredDocumentForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no request to another host, not even from the admin
WAGTAILEMBEDS_FINDERS: list = []  # no third-party oEmbed calls: video links stay plain links
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# Security headers that hold in every environment; production adds HTTPS on top.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

# Admin sign-in (accounts/): Wagtail's login and password-reset forms with throttling, a
# second factor from a TOTP app (or a single-use recovery code), sessions that end when idle.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.ThrottledLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.forms.ThrottledPasswordResetForm"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# accounts/throttle.py slows and locks per account and per client, with clear messages;
# django-otp's own per-device delays would only add unexplained refusals.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
SESSION_COOKIE_AGE = 60 * 60 * 12  # "Remember me" lasts a working day at most
ADMIN_SESSION_IDLE_SECONDS = 30 * 60  # and any session ends after half an hour idle

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Every background task logs its start and end; only problems are worth reading.
    "loggers": {"django_tasks": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}},
}

# The organisation's name in the interface when no site setting is available.
ORGANISATION_NAME = _("Association of Caesar Families")
