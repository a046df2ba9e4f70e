"""A change in the consent ledger changes what the public may see (a narrower scope, a new or
ended consent): the full-page cache is emptied at once."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from website.page_cache import invalidate_page_cache

from .models import ConsentRecord


@receiver(post_save, sender=ConsentRecord)
@receiver(post_delete, sender=ConsentRecord)
def _on_consent_change(sender, **kwargs):
    invalidate_page_cache()
