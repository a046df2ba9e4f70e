"""URLs of the news app, mounted under each language prefix by website/urls.py
(/en/feeds/news.atom, /ar/feeds/news.atom, …)."""

from django.urls import path

from . import feeds

urlpatterns = [
    path("feeds/news.atom", feeds.atom, name="news_atom_feed"),
    path("feeds/news.rss", feeds.rss, name="news_rss_feed"),
]
