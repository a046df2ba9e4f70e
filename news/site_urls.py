"""Language-neutral URLs of the news app (sitemap, robots.txt), mounted by website/urls.py."""

urlpatterns: list = []
