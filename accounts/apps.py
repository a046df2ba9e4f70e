from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


def _locale_root_saved(sender, instance, created, raw=False, **kwargs):
    from wagtail.models import Page

    if created and not raw and isinstance(instance, Page):
        from .roles import grant_translator_pages

        grant_translator_pages(instance)


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        # Translators' page permissions follow locale root pages as they are created.
        post_save.connect(_locale_root_saved, dispatch_uid="accounts.locale_root_saved")
