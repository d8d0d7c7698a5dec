"""Personal pages are never kept by the browser (Cache-Control: no-store); public pages stay cacheable."""

from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import start_attempt
from team_sessions.services import start_session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


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


def test_a_response_that_does_not_use_the_account_does_not_load_it(learner_client, catalogue, organisation):
    """A signed-in learner's phone polls the team session (and /healthz) with the same queries as a phone
    without an account: deciding on no-store does not read the session and account for nothing. The poll
    still says no-store, and the dashboard, which does use the account, too."""
    group, _ = Group.objects.get_or_create(name="Begeleiders (test)")
    group.permissions.add(Permission.objects.get(codename="add_teamsession"))
    facilitator = UserFactory(organisation=organisation)
    facilitator.groups.add(group)
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)
    session = start_session(facilitator, quiz, "Team mentoren")
    anonymous = Client()
    for phone, name in ((learner_client, "Anna"), (anonymous, "Bram")):
        joined = phone.post(reverse("team_sessions:join", args=[session.code]), {"display_name": name})
        assert joined.status_code == 302

    def queries(client, url):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        return response, len(captured)

    for url in [reverse("team_sessions:phone_status", args=[session.code]) + "?stage=lobby-0", reverse("healthz")]:
        signed_in, signed_in_queries = queries(learner_client, url)
        without_account, anonymous_queries = queries(anonymous, url)
        assert signed_in.status_code == without_account.status_code, url
        assert signed_in_queries == anonymous_queries, url
    assert no_store(learner_client.get(reverse("team_sessions:phone_status", args=[session.code])))
    assert no_store(learner_client.get(reverse("courses:dashboard")))
