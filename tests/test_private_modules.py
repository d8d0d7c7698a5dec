"""Private modules (Wagtail's "Privacy" setting on a page): whoever may see the module page may also use its
buttons (start the module, finish a lesson, start the quiz) and download its signal card; nobody else can.

The buttons' views act outside Wagtail's page serving, so they apply the page's view restrictions themselves
(`home.routing.accepts`); the signal card answers what the page answers (`home.routing.serve_like_page`).
"""

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from courses.models import Enrolment, LessonCompletion
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(catalogue):
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Situatie 1")])


def restrict(page, kind, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)


def use_every_button(client, catalogue, quiz):
    """Start the social module, finish its first lesson, start its quiz, fetch its signal card: the responses."""
    return {
        "start": client.post(reverse("courses:start_course", args=[catalogue.social.pk])),
        "lesson": client.post(reverse("courses:complete_lesson", args=[catalogue.social_lessons[0].pk])),
        "quiz": client.post(reverse("quizzes:start", args=[quiz.pk])),
        "card": client.get(reverse("courses:signal_card", args=[catalogue.social.pk])),
    }


def nothing_stored(user):
    return not (
        Enrolment.objects.filter(user=user).exists()
        or LessonCompletion.objects.filter(user=user).exists()
        or Attempt.objects.filter(user=user).exists()
    )


def test_a_module_for_signed_in_learners_works_for_a_signed_in_learner(learner_client, learner, catalogue, quiz):
    """A module that only asks visitors to log in: a signed-in learner starts it, finishes a lesson, starts the
    quiz and downloads the signal card, as on a public module."""
    restrict(catalogue.social, PageViewRestriction.LOGIN)
    responses = use_every_button(learner_client, catalogue, quiz)

    assert responses["start"].status_code == 302
    assert responses["lesson"].status_code == 302
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    assert responses["quiz"].url == reverse("quizzes:question", args=[attempt.uuid, 1])
    assert Enrolment.objects.filter(user=learner, course=catalogue.social).exists()
    assert LessonCompletion.objects.filter(user=learner, lesson=catalogue.social_lessons[0]).exists()
    assert responses["card"].status_code == 200
    assert responses["card"]["Content-Type"] == "application/pdf"


def test_the_signal_card_of_a_module_for_signed_in_learners_asks_a_visitor_to_log_in(catalogue):
    """Like the module page itself: the anonymous visitor is sent to the log-in page, and comes back after."""
    restrict(catalogue.social, PageViewRestriction.LOGIN)
    url = reverse("courses:signal_card", args=[catalogue.social.pk])
    page = Client().get(catalogue.social.url)
    card = Client().get(url)

    assert page.status_code == card.status_code == 302
    assert card.url.startswith(page.url.split("?")[0]) and "next=" in card.url
    assert card["Content-Type"] != "application/pdf"


def test_a_module_behind_a_password_opens_only_after_the_password(learner_client, learner, catalogue, quiz):
    """Without the password: no button works (404, nothing stored) and the signal card shows the password
    form, as the page does. After the password, given once in this session, everything works.

    The admin does not offer passwords (`WAGTAIL_PRIVATE_PAGE_OPTIONS`), but a restriction made before that
    setting, or by code, still counts."""
    restriction = restrict(catalogue.social, PageViewRestriction.PASSWORD, password="geheim-woord")
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [404, 404, 404]
    assert nothing_stored(learner)
    assert responses["card"]["Content-Type"] != "application/pdf"
    assert 'name="password"' in responses["card"].content.decode()

    password_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, catalogue.social.pk])
    learner_client.post(password_url, {"password": "geheim-woord", "return_url": "/"})
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [302, 302, 302]
    assert responses["card"]["Content-Type"] == "application/pdf"
    assert not nothing_stored(learner)


def test_a_module_for_one_group_is_closed_to_other_learners(learner_client, learner, catalogue, quiz):
    """A module for the members of one group: another signed-in learner gets a 404 from every button and
    no record; once in the group, the buttons work."""
    group = Group.objects.create(name="Pilot Almere")
    restriction = restrict(catalogue.social, PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [404, 404, 404]
    assert responses["card"]["Content-Type"] != "application/pdf"
    assert nothing_stored(learner)

    learner.groups.add(group)
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [302, 302, 302]
    assert responses["card"]["Content-Type"] == "application/pdf"
