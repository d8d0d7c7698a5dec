"""Module completion is one rule: the dashboard, the module page, the certificate and the reports agree."""

from django.urls import reverse

import pytest

from certificates.models import Certificate
from courses.services import complete_lesson, completed_course_ids, module_completed
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt
from reports.access import Scope
from reports.figures import module_funnel

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

RIGHT = "Ik schrijf op wat ik zie en overleg"


@pytest.fixture
def module(catalogue):
    """The social-domain module (three lessons) with a one-question quiz."""
    QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Situatie")], pass_mark=50)
    return catalogue.social


def set_quiz_before_lessons(module, value):
    module.quiz_before_lessons = value
    module.save_revision().publish()
    module.refresh_from_db()


def pass_quiz(client, module, django_capture_on_commit_callbacks):
    quiz = module.get_children().type(QuizPageFactory._meta.model).first()
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = Attempt.objects.filter(quiz=quiz).order_by("-number").first()
    assert attempt is not None, response
    with django_capture_on_commit_callbacks(execute=True):
        for position, question in enumerate(attempt.questions, start=1):
            key = next(c["key"] for c in question["choices"] if c["text"] == RIGHT)
            client.post(reverse("quizzes:question", args=[attempt.uuid, position]), {"choice": key})
    attempt.refresh_from_db()
    return attempt


def views_of_completion(client, learner, module):
    """What each place says about completion: dashboard, module page, certificate, report funnel."""
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    completed_section = dashboard.split('id="completed-heading"')[1]
    module_page = client.get(module.url).content.decode()
    funnel = next(row for row in module_funnel(Scope()) if row.pk == module.pk)
    return {
        "rule": module_completed(learner, module),
        "bulk": module.pk in completed_course_ids(learner, [module]),
        "dashboard": module.title in completed_section,
        "module page": "Je hebt deze module afgerond." in module_page,
        "certificate": Certificate.objects.filter(learner=learner, course=module).exists(),
        "report": funnel.completed == 1,
    }


@pytest.mark.django_db
class TestCompletionRule:
    def test_quiz_open_before_lessons_pass_completes_everywhere(
        self, learner_client, learner, module, django_capture_on_commit_callbacks
    ):
        """With the quiz open from the start, passing it without reading completes the module in all four places."""
        set_quiz_before_lessons(module, True)
        assert set(views_of_completion(learner_client, learner, module).values()) == {False}
        attempt = pass_quiz(learner_client, module, django_capture_on_commit_callbacks)
        assert attempt.passed
        assert set(views_of_completion(learner_client, learner, module).values()) == {True}
        funnel = next(row for row in module_funnel(Scope()) if row.pk == module.pk)
        assert (funnel.enrolled, funnel.passed, funnel.completed) == (1, 1, 1)

    def test_quiz_after_lessons_is_closed_until_they_are_done(
        self, learner_client, learner, module, catalogue, django_capture_on_commit_callbacks
    ):
        """With the quiz after the lessons, it refuses to start early; after the lessons and a pass all four agree."""
        set_quiz_before_lessons(module, False)
        page = learner_client.get(module.url).content.decode()
        assert "De toets gaat open als je alle lessen hebt afgerond." in page
        quiz = module.get_children().type(QuizPageFactory._meta.model).first()
        response = learner_client.post(reverse("quizzes:start", args=[quiz.pk]), follow=True)
        assert "Maak eerst alle lessen van deze module af." in response.content.decode()
        assert not Attempt.objects.exists()

        for lesson in catalogue.social_lessons:
            complete_lesson(learner, lesson)
        assert set(views_of_completion(learner_client, learner, module).values()) == {False}
        assert pass_quiz(learner_client, module, django_capture_on_commit_callbacks).passed
        assert set(views_of_completion(learner_client, learner, module).values()) == {True}

    def test_lessons_alone_do_not_complete_a_module_with_a_quiz(self, learner_client, learner, module, catalogue):
        """All lessons read but the quiz not passed: not completed anywhere, and the module page leads to the quiz."""
        for lesson in catalogue.social_lessons:
            complete_lesson(learner, lesson)
        assert set(views_of_completion(learner_client, learner, module).values()) == {False}
        assert "Naar de toets" in learner_client.get(module.url).content.decode()

    def test_mid_quiz_the_dashboard_leads_back_to_the_open_attempt(self, learner_client, learner, module):
        """With a quiz under way, the dashboard lists the module as started, with a link back to the attempt."""
        quiz = module.get_children().type(QuizPageFactory._meta.model).first()
        learner_client.post(reverse("quizzes:start", args=[quiz.pk]))
        attempt = Attempt.objects.get()
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        assert "Je bent nog niet met een module begonnen." not in html
        assert reverse("quizzes:resume", args=[attempt.uuid]) in html
        assert "Ga verder met de toets" in html
