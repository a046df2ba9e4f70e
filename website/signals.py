"""Empty the page cache (and the cached site frame, website/chrome.py) whenever what the
public may see changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Site
from wagtail.signals import post_page_move, published, unpublished

from .models import NavigationItem, SiteSettings, SocialLink
from .page_cache import invalidate_page_cache


# Wagtail sends `published`/`unpublished` for pages too (page_published is sent besides), and
# deleting a live page unpublishes it first, so deletions arrive here as well.
@receiver(published)
@receiver(unpublished)
@receiver(post_page_move)  # every address under the moved page changes
def _on_publication_change(sender, **kwargs):
    invalidate_page_cache()


@receiver(post_save, sender=SiteSettings)
@receiver(post_save, sender=NavigationItem)
@receiver(post_save, sender=SocialLink)
@receiver(post_delete, sender=SiteSettings)
@receiver(post_delete, sender=NavigationItem)
@receiver(post_delete, sender=SocialLink)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def _on_settings_change(sender, **kwargs):
    invalidate_page_cache()
