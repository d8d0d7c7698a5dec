from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("mijn/", views.dashboard, name="dashboard"),
    path("leren/module/<int:course_id>/starten/", views.start_course, name="start_course"),
    path("leren/les/<int:lesson_id>/afgerond/", views.mark_lesson_complete, name="complete_lesson"),
    path("leren/module/<int:course_id>/signalenkaart.pdf", views.signal_card, name="signal_card"),
]
