"""Every public URL starts with its language; "/" picks one from the browser's preferences."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

urlpatterns = [
    path("", views.choose_language, name="choose_language"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Private files: permission-checked, logged, never cached (see website/media/views.py).
    path("", include("website.media.urls")),
    path("", include("news.site_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("memorial.urls")),
    path("", include("news.urls")),
    path("", include("campaigns.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.SERVE_LOCAL_MEDIA:
    # Development and tests only; production media lives in S3 (or behind a web server).
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "website.views.page_not_found"
handler500 = "website.views.server_error"
