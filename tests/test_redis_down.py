"""With Redis down the site is served without the cache; rate limits fail as stated; /healthz says 503."""

from datetime import timedelta

from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from certificates.models import Certificate
from home.cache import FailSoftRedisCache, cache_available
from home.models import TeamVisitFormField, TeamVisitFormPage
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.services import start_session

# Nothing listens on port 1: every connection is refused, as when Redis has stopped.
DEAD_REDIS = {
    "default": {
        "BACKEND": "home.cache.FailSoftRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("redis_down")]


@pytest.fixture
def redis_down():
    FailSoftRedisCache.down_until = 0.0
    with override_settings(CACHES=DEAD_REDIS):
        yield
    FailSoftRedisCache.down_until = 0.0


@pytest.fixture
def quiz(catalogue):
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)


def test_the_cache_behaves_as_an_empty_cache():
    """Reads miss, writes are dropped, `add` refuses, and the outage is known."""
    assert cache.get("x", "default") == "default"
    assert cache.set("x", 1) is None
    assert cache.add("x", 1) is False
    assert cache.get_many(["x"]) == {}
    assert not cache_available()


def test_every_public_and_learner_page_is_served(catalogue, quiz, learner):
    """Home, modules, a lesson, the quiz, the dashboard, log-in, sign-up, verify and join answer 200."""
    certificate = Certificate.objects.create(
        learner=learner, full_name=learner.full_name, email=learner.email, course_title="Module",
        valid_until=timezone.localdate() + timedelta(days=700),
    )  # fmt: skip
    session = start_session(UserFactory(), quiz, "Team")
    anonymous = Client()
    for url in [
        catalogue.home.url,
        catalogue.index.url,
        catalogue.social.url,
        reverse("account_login"),
        reverse("account_signup"),
        reverse("certificates:verify_lookup"),
        reverse("certificates:verify", args=[certificate.code]),
        reverse("team_sessions:join_lookup"),
        reverse("team_sessions:join", args=[session.code]),
    ]:
        assert anonymous.get(url).status_code == 200, url
    signed_in = Client()
    signed_in.force_login(learner)
    for url in [reverse("courses:dashboard"), catalogue.social_lessons[0].url, quiz.url]:
        assert signed_in.get(url).status_code == 200, url


def test_healthz_reports_the_outage():
    """/healthz answers 503 and names the cache."""
    response = Client().get("/healthz")
    assert response.status_code == 503 and response.json()["cache"].startswith("error")


def test_log_in_fails_closed_with_a_message(learner):
    """A log-in attempt is refused with a 503 and a message, because failed attempts cannot be counted."""
    response = Client().post(reverse("account_login"), {"login": learner.email, "password": "wat-dan-ook"})
    assert response.status_code == 503
    assert "Inloggen en aanmelden lukken op dit moment niet" in response.content.decode()


def test_reading_rate_limits_fail_open(home_page, settings):
    """Certificate look-ups and join codes are not limited while nothing can be counted."""
    settings.VERIFY_RATE_LIMIT = "1/m/ip"
    settings.TEAM_JOIN_RATE_LIMIT = "1/m/ip"
    client = Client()
    assert [client.get(reverse("certificates:verify", args=["AAAA"])).status_code for _ in range(3)] == [404] * 3
    assert [client.get(reverse("team_sessions:join_lookup"), {"code": "000000"}).status_code for _ in range(3)] == [
        404
    ] * 3


def test_team_visit_form_fails_closed_with_a_message(home_page):
    """The team-visit form, which e-mails the coordinator, is refused with a 503 and says why."""
    page = home_page.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
    TeamVisitFormField.objects.create(page=page, label="Je naam", field_type="singleline", required=True)
    response = Client().post(page.url, {"je_naam": "Jan"})
    assert response.status_code == 503 and "Door een storing" in response.content.decode()


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_a_working_cache_is_available():
    """With a cache that answers, nothing is reported down."""
    assert cache_available()
