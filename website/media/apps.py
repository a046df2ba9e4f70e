from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    name = "website.media"
    label = "website_media"
    verbose_name = _("Media")

    def ready(self):
        # Sanitise every Wagtail image, whatever path it was saved through (admin form,
        # multiple upload, code); delete renditions' files with their rows.
        from . import signals  # noqa: F401
