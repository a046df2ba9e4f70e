"""URLs of the campaigns app, mounted under each language prefix by website/urls.py."""

from django.urls import path

from . import views

app_name = "campaigns"

urlpatterns = [
    path("petitions/<int:page_id>/sign/", views.sign, name="sign"),
    path("petitions/<int:page_id>/signed/", views.signed, name="signed"),
    path("petitions/<int:page_id>/thanks/", views.thanks, name="thanks"),
    path("petitions/confirm/<str:token>/", views.confirm, name="confirm"),
]
