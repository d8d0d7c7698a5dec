from django.urls import path

from . import views

app_name = "briefings"

urlpatterns = [
    path("bijeenkomsten/", views.briefing_list, name="list"),
    path("bijeenkomsten/<id:session_id>/aanmelden/", views.briefing_register, name="register"),
    path("bijeenkomsten/aanmelding/<uuid:token>/", views.registration_detail, name="registration_detail"),
    path("bijeenkomsten/aanmelding/<uuid:token>/agenda.ics", views.registration_calendar, name="registration_ics"),
    path("bijeenkomsten/afmelden/<uuid:token>/", views.registration_cancel, name="registration_cancel"),
]
