from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("toets/<id:quiz_id>/starten/", views.start, name="start"),
    path("toets/poging/<uuid:attempt_uuid>/", views.resume, name="resume"),
    path("toets/poging/<uuid:attempt_uuid>/vraag/<id:position>/", views.question, name="question"),
    path("toets/poging/<uuid:attempt_uuid>/resultaat/", views.result, name="result"),
]
