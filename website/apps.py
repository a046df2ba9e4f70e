from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from . import signals  # noqa: F401  (connects the page-cache invalidation)
