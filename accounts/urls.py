from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("mijn/profiel/", views.profile, name="profile"),
    path("mijn/gegevens.json", views.download_my_data, name="download_data"),
    path("mijn/account-verwijderen/", views.delete_my_account, name="delete_account"),
    path("mijn/account-verwijderen/bevestigen/", views.confirm_with_sso, name="confirm_with_sso"),
]
