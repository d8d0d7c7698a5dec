from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verifieer/", views.verify_lookup, name="verify_lookup"),
    path("verifieer/<str:code>/", views.verify, name="verify"),
    path("certificaten/<str:code>/pdf/", views.download, name="download"),
]
