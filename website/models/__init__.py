from .pages import HomePage, SectionIndexPage, StandardPage
from .site_settings import NavigationItem, SiteSettings, SocialLink

__all__ = [
    "HomePage",
    "SectionIndexPage",
    "NavigationItem",
    "SiteSettings",
    "SocialLink",
    "StandardPage",
]
