"""Language-neutral URLs of the news app (sitemap, robots.txt), mounted by website/urls.py."""

from django.urls import path

from . import robots, sitemap

urlpatterns = [
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-<int:number>.xml", sitemap.sitemap_part, name="sitemap_part"),
    path("robots.txt", robots.robots_txt, name="robots_txt"),
]
