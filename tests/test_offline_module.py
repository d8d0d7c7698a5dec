"""A module taken offline (unpublished in the admin) takes its lessons and quiz with it, even where the editor
left them published: they answer 404 to learners and their buttons store nothing, until the module is back."""

from django.urls import reverse

import pytest

from courses.models import Enrolment, LessonCompletion
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def test_lessons_and_quiz_go_offline_with_their_module(learner_client, learner, catalogue):
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Situatie 1")])
    lesson = catalogue.social_lessons[0]
    catalogue.social.unpublish()
    lesson.refresh_from_db()
    assert lesson.live and quiz.live  # the editor unpublished the module only

    assert learner_client.get(lesson.url).status_code == 404
    assert learner_client.get(quiz.url).status_code == 404
    assert learner_client.post(reverse("courses:complete_lesson", args=[lesson.pk])).status_code == 404
    assert learner_client.post(reverse("quizzes:start", args=[quiz.pk])).status_code == 404
    assert not LessonCompletion.objects.filter(user=learner).exists()
    assert not Enrolment.objects.filter(user=learner).exists()
    assert not Attempt.objects.filter(user=learner).exists()

    catalogue.social.save_revision().publish()
    assert learner_client.get(lesson.url).status_code == 200
    assert learner_client.post(reverse("courses:complete_lesson", args=[lesson.pk])).status_code == 302
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
