from .pages import HomePage, StandardPage
from .site_settings import NavigationItem, SiteSettings, SocialLink

__all__ = ["HomePage", "NavigationItem", "SiteSettings", "SocialLink", "StandardPage"]
