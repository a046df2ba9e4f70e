"""URLs of the news app, mounted under each language prefix by website/urls.py."""

urlpatterns: list = []
