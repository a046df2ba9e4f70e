"""URLs of the memorial app, mounted under each language prefix by website/urls.py."""

urlpatterns: list = []
