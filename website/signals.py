"""Empty the page cache whenever what the public may see changes."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, published, unpublished

from .models import NavigationItem, SiteSettings, SocialLink
from .page_cache import invalidate_page_cache


# Deleting a live page unpublishes it first (Wagtail's pre_delete handler), so deletions
# arrive here too.
@receiver(page_published)
@receiver(page_unpublished)
@receiver(published)
@receiver(unpublished)
def _on_publication_change(sender, **kwargs):
    invalidate_page_cache()


@receiver(post_save, sender=SiteSettings)
@receiver(post_save, sender=NavigationItem)
@receiver(post_save, sender=SocialLink)
def _on_settings_change(sender, **kwargs):
    invalidate_page_cache()
