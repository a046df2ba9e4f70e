"""URLs of the memorial app, mounted under each language prefix by website/urls.py.
Other parts of the app append their own patterns below (`urlpatterns += …`)."""

from django.urls import path

from .views import candles

urlpatterns = [
    path(
        "memorial-actions/candle/<int:page_id>/",
        candles.light_candle,
        name="memorial_light_candle",
    ),
]

# Tributes and memorial requests (memorial/views/tributes.py, requests.py): never cached.
from .views import requests as memorial_requests  # noqa: E402
from .views import tributes  # noqa: E402

urlpatterns += [
    path("memorial-actions/tribute/<int:page_id>/", tributes.send_tribute, name="tribute_send"),
    path(
        "memorial-actions/tribute/<int:page_id>/sent/",
        tributes.tribute_sent,
        name="tribute_sent",
    ),
    path("ask-for-a-memorial/", memorial_requests.ask_for_memorial, name="memorial_request"),
    path(
        "ask-for-a-memorial/sent/",
        memorial_requests.request_sent,
        name="memorial_request_sent",
    ),
]
