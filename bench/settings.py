"""Production settings for the benchmark, except that plain HTTP on 127.0.0.1 is allowed and
the full-page cache is off by default (BENCH_PAGE_CACHE=1 turns it on): every measured request
renders its page, as a search, a filtered list or the first visitor after a publication does.
The shared cache is Redis, as in production (REDIS_URL, by default database 15 of the local
server): what it holds besides whole pages (the site's frame, renditions) is used as there."""

import os
import secrets

os.environ.setdefault("SECRET_KEY", "bench-" + secrets.token_urlsafe(48))
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
os.environ.setdefault("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/caesar_bench")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")

from website.settings.production import *  # noqa: E402, F403
from website.settings.production import MIDDLEWARE, STORAGES  # noqa: E402

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# No collectstatic before a benchmark: static files come straight from the apps.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
if os.environ.get("BENCH_PAGE_CACHE", "0") != "1":
    MIDDLEWARE = [name for name in MIDDLEWARE if name != "website.page_cache.PageCacheMiddleware"]
