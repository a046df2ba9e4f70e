"""URLs of the accounts app, mounted by website/urls.py."""

urlpatterns: list = []
