from django.urls import path

from . import briefing_views

# Included by certificates/urls.py, so the names live in the "certificates" namespace.
urlpatterns = [
    path("bijeenkomsten/", briefing_views.briefing_list, name="briefings"),
    path("bijeenkomsten/<int:session_id>/aanmelden/", briefing_views.briefing_register, name="briefing_register"),
    path("bijeenkomsten/aanmelding/<uuid:token>/", briefing_views.registration_detail, name="registration_detail"),
    path(
        "bijeenkomsten/aanmelding/<uuid:token>/agenda.ics",
        briefing_views.registration_calendar,
        name="registration_ics",
    ),
    path("bijeenkomsten/afmelden/<uuid:token>/", briefing_views.registration_cancel, name="registration_cancel"),
]
