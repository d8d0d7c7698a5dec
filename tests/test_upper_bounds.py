# ruff: noqa: F811 (the fixtures imported from test_quizzes are used as arguments)
"""Numbers and dates editors type have sensible bounds with a Dutch message (briefing dates and seats, minutes,
attempts, the wait between attempts), and a wait stored before the bound existed never gives the learner a 500."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import formats, timezone, translation

import pytest

from accounts.factories import UserFactory
from accounts.models import Organisation
from briefings.factories import BriefingSessionFactory
from briefings.models import BriefingSession
from briefings.services import BRIEFING_TZ
from quizzes.models import Attempt, QuizPage
from quizzes.services import start_attempt
from tests.test_quizzes import quiz  # noqa: F401 (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


@pytest.fixture
def coordinator_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, organisation=None))
    return client


def edit_session(client, session, **changes):
    def typed(value):
        return timezone.localtime(value, BRIEFING_TZ).strftime("%d-%m-%Y %H:%M")

    data = {
        "title": session.title,
        "start": typed(session.start),
        "end": typed(session.end),
        "location": session.location or "Stadsplein 2, Lelystad",
        "municipality": session.municipality,
        "capacity": session.capacity,
        "status": session.status,
        **changes,
    }
    return client.post(reverse("wagtailsnippets_briefings_briefingsession:edit", args=[session.pk]), data)


class TestBriefingSession:
    @pytest.mark.parametrize(
        ("start", "end"),
        [("01-01-1900 19:00", "01-01-1900 21:00"), ("31-12-9999 19:00", "31-12-9999 21:00")],
    )
    def test_a_date_far_off_is_refused_with_a_message(self, coordinator_client, start, end):
        """1900 or 9999 is a typo: the form says which dates it takes and keeps the old date."""
        session = BriefingSessionFactory()
        response = edit_session(coordinator_client, session, start=start, end=end)
        assert response.status_code == 200
        assert "Kies een datum vanaf 2020 en hoogstens 5 jaar vooruit." in response.content.decode()
        assert BriefingSession.objects.get(pk=session.pk).start == session.start

    def test_a_date_next_year_is_fine(self, coordinator_client):
        """A real date saves as before."""
        session = BriefingSessionFactory()
        next_year = timezone.localtime(timezone.now() + timedelta(days=365), BRIEFING_TZ)
        start = next_year.replace(hour=19, minute=0, second=0, microsecond=0)
        response = edit_session(
            coordinator_client,
            session,
            start=start.strftime("%d-%m-%Y %H:%M"),
            end=(start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
        )
        assert response.status_code == 302
        assert BriefingSession.objects.get(pk=session.pk).start == start

    def test_a_huge_capacity_is_refused(self, coordinator_client):
        """99999999999 seats: a message with the real maximum, not "hoogstens 9223372036854775807"."""
        session = BriefingSessionFactory()
        response = edit_session(coordinator_client, session, capacity="99999999999")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Een bijeenkomst heeft hoogstens 1000 plaatsen." in html
        assert "9223372036854775807" not in html


class TestQuizAndModuleNumbers:
    def test_a_wait_of_more_than_30_days_is_refused(self, quiz):
        """The editor is told the maximum in minutes and in days."""
        quiz.page.cooldown_minutes = 99999999999999
        with pytest.raises(ValidationError) as refused:
            quiz.page.full_clean()
        assert refused.value.message_dict["cooldown_minutes"] == ["Vul hoogstens 43200 minuten in: dat is 30 dagen."]

    def test_attempts_and_minutes_have_a_maximum(self, quiz):
        """A module's and a lesson's minutes at most a day; at most 100 attempts."""
        quiz.page.attempts_allowed = 101
        module = quiz.page.get_parent().specific
        module.estimated_minutes = 99999
        with pytest.raises(ValidationError) as refused:
            quiz.page.full_clean()
        assert refused.value.message_dict["attempts_allowed"] == ["Vul hoogstens 100 pogingen in."]
        with pytest.raises(ValidationError) as refused:
            module.full_clean()
        assert refused.value.message_dict["estimated_minutes"] == ["Vul hoogstens 1440 minuten in (een dag)."]

    def test_minutes_are_at_least_one(self, quiz, catalogue):
        """0 minutes was accepted and published ("Ongeveer 0 minuten" on the card), for a module and a lesson."""
        for page in (quiz.page.get_parent().specific, catalogue.social_lessons[0]):
            page.estimated_minutes = 0
            with pytest.raises(ValidationError) as refused:
                page.full_clean()
            assert refused.value.message_dict["estimated_minutes"] == ["Vul minstens 1 minuut in."]

    def test_a_huge_staff_count_is_refused(self):
        """An organisation's staff count has a real maximum too."""
        organisation = Organisation(name="Gemeente Dronten", staff_count=99999999999)
        with pytest.raises(ValidationError) as refused:
            organisation.full_clean()
        assert refused.value.message_dict["staff_count"] == ["Vul hoogstens 1000000 medewerkers in."]

    def test_a_huge_wait_already_stored_gives_the_learner_a_date_not_a_500(self, learner, learner_client, quiz):
        """A wait saved before the maximum existed counts as 30 days: the learner is told when to come back.
        (The largest wait both databases store, 2**31 - 1 minutes, is some 4,000 years; on SQLite a larger one
        overflowed the date into a 500.)"""
        QuizPage.objects.filter(pk=quiz.page.pk).update(cooldown_minutes=2**31 - 1)
        quiz.page.refresh_from_db()
        attempt = start_attempt(learner, quiz.page)
        submitted = timezone.now()
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=submitted, passed=False, score=0)
        response = learner_client.get(quiz.page.url)
        assert response.status_code == 200
        with translation.override("nl"):
            back = formats.date_format(timezone.localtime(submitted + timedelta(days=30)), "j F Y")
        html = response.content.decode()
        assert f"Je kunt het opnieuw proberen vanaf {back}" in html
