from django.urls import path

from . import facilitator_guide, views

app_name = "team_sessions"

urlpatterns = [
    # The facilitator's screens
    path("teamsessie/", views.index, name="index"),
    path("teamsessie/<uuid:session_uuid>/", views.present, name="present"),
    path("teamsessie/<uuid:session_uuid>/stand/", views.present_status, name="present_status"),
    path("teamsessie/<uuid:session_uuid>/knop/", views.control, name="control"),
    path("teamsessie/<uuid:session_uuid>/teamantwoord/", views.team_answer, name="team_answer"),
    path("teamsessie/<uuid:session_uuid>/deelnemers/", views.participants, name="participants"),
    path("teamsessie/<uuid:session_uuid>/afronden/", views.end, name="end"),
    path("teamsessie/<uuid:session_uuid>/stoppen/", views.stop, name="stop"),
    path("teamsessie/<uuid:session_uuid>/samenvatting/", views.summary, name="summary"),
    path(
        "teamsessie/<uuid:session_uuid>/aanwezigheid.<str:extension>",
        views.attendance,
        name="attendance",
    ),
    path("teamsessie/<uuid:session_uuid>/e-mailadres/", views.participant_email, name="participant_email"),
    path("certificaat-ophalen/<str:token>/", views.claim_certificate, name="claim_certificate"),
    # The participants' phones
    path("teamsessie/handleiding/<id:course_id>/", facilitator_guide.download, name="facilitator_guide"),
    path("doe-mee/", views.join_lookup, name="join_lookup"),
    path("doe-mee/<str:code>/", views.join, name="join"),
    path("doe-mee/<str:code>/stand/", views.phone_status, name="phone_status"),
    path("doe-mee/<str:code>/antwoord/", views.answer, name="answer"),
]
