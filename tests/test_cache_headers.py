"""Personal pages are never kept by the browser (Cache-Control: no-store); public pages stay cacheable."""

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import start_attempt

pytestmark = pytest.mark.django_db


def no_store(response):
    return "no-store" in response.get("Cache-Control", "") and "private" in response.get("Cache-Control", "")


def test_personal_pages_are_not_stored(learner_client, learner, catalogue):
    """The dashboard, profile, data export, certificate PDF, a lesson and a quiz attempt say no-store."""
    certificate = Certificate.objects.create(
        learner=learner, full_name=learner.full_name, email=learner.email, course_title="Module",
        valid_until=timezone.localdate() + timedelta(days=700),
    )  # fmt: skip
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)
    attempt = start_attempt(learner, quiz)
    for url in [
        reverse("courses:dashboard"),
        reverse("accounts:profile"),
        reverse("accounts:download_data"),
        reverse("certificates:download", args=[certificate.code]),
        catalogue.social_lessons[0].url,
        reverse("quizzes:question", args=[attempt.uuid, 1]),
        catalogue.home.url,
    ]:
        response = learner_client.get(url)
        assert response.status_code == 200, url
        assert no_store(response), f"{url}: {response.get('Cache-Control')}"


def test_a_participants_phone_is_not_stored(catalogue):
    """The team-session pages on a participant's phone (no account) say no-store."""
    assert no_store(Client().get(reverse("team_sessions:join_lookup")))


def test_public_pages_for_visitors_stay_cacheable(catalogue):
    """The home page and a module for a visitor are not marked no-store."""
    for url in [catalogue.home.url, catalogue.social.url]:
        response = Client().get(url)
        assert response.status_code == 200 and not no_store(response), url
