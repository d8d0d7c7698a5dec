from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("mijn/", views.dashboard, name="dashboard"),
    path("leren/module/<id:course_id>/starten/", views.start_course, name="start_course"),
    path("leren/les/<id:lesson_id>/afgerond/", views.mark_lesson_complete, name="complete_lesson"),
    path("leren/module/<id:course_id>/signalenkaart.pdf", views.signal_card, name="signal_card"),
]
