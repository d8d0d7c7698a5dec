from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verifieer/", views.verify_lookup, name="verify_lookup"),
    path("verifieer/<str:code>/", views.verify, name="verify"),
    path("verifieer-digitaal/", views.verify_credential, name="verify_credential"),
    path("certificaten/<str:code>/pdf/", views.download, name="download"),
    path("certificaten/<str:code>/digitaal.<str:kind>", views.credential_download, name="credential_download"),
    path("certificaten/status/<id:list_number>/", views.status_list, name="status_list"),
    path("certificaten/badge.png", views.badge_image, name="badge_image"),
    path(".well-known/did.json", views.did_json, name="did_json"),
]
