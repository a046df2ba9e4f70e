from django.urls import path

from . import views

urlpatterns = [
    path("private-files/<str:reference>/", views.private_file, name="private_file"),
]
