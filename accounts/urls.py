from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("mijn/profiel/", views.profile, name="profile"),
]
