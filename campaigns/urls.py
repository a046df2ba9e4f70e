"""URLs of the campaigns app, mounted under each language prefix by website/urls.py."""

urlpatterns: list = []
