"""The same option posted many times in one multiple-choice answer counts once; a request writes few rows."""

from django.urls import reverse

import pytest

from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import AnswerPick, Question
from quizzes.services import start_attempt
from team_sessions.models import SessionAnswer
from team_sessions.services import start_session

from .test_quizzes import quiz  # noqa: F401 (fixture)
from .test_team_sessions import facilitator, facilitator_client, phone  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def multiple_position(questions):
    return next(n for n, question in enumerate(questions, start=1) if question["kind"] == "multiple")


def key_of(question, text):
    return next(choice["key"] for choice in question["choices"] if choice["text"] == text)


class TestQuizAnswer:
    def test_one_option_posted_fifty_times_is_one_pick(self, learner_client, learner, quiz):  # noqa: F811
        """Fifty copies of one option store one chosen key and write one pick row."""
        attempt = start_attempt(learner, quiz.page)
        position = multiple_position(attempt.questions)
        key = key_of(attempt.questions[position - 1], "Slaapt op het werk")

        response = learner_client.post(
            reverse("quizzes:question", args=[attempt.uuid, position]), {"choice": [key] * 50}
        )

        assert response.status_code == 302
        answer = attempt.answers.get(position=position)
        assert answer.chosen == [key]
        assert AnswerPick.objects.filter(answer=answer).count() == 1

    def test_rows_are_bounded_by_the_options(self, learner_client, learner, quiz):  # noqa: F811
        """Every option posted 2,000 times over writes no more pick rows than the question has options."""
        attempt = start_attempt(learner, quiz.page)
        position = multiple_position(attempt.questions)
        keys = [choice["key"] for choice in attempt.questions[position - 1]["choices"]]

        learner_client.post(reverse("quizzes:question", args=[attempt.uuid, position]), {"choice": keys * 2_000})

        assert AnswerPick.objects.count() == len(keys) == 4
        assert sorted(attempt.answers.get(position=position).chosen) == sorted(keys)


class TestTeamSessionAnswer:
    @pytest.fixture
    def session(self, facilitator, catalogue):  # noqa: F811
        multiple = QuestionFactory(
            kind=Question.Kind.MULTIPLE,
            choices=[("Slaapt op het werk", True), ("Paspoort bij de baas", True), ("Heeft een fiets", False)],
        )
        page = QuizPageFactory(parent=catalogue.social, questions=[multiple], pass_mark=50)
        return start_session(facilitator, page, "Team mentoren")

    def test_one_option_posted_fifty_times_counts_once(self, facilitator_client, session):  # noqa: F811
        """In a team session, fifty copies of one option store one key, and the tally counts one pick."""
        anna = phone(session, "Anna")
        facilitator_client.post(
            reverse("team_sessions:control", args=[session.uuid]), {"action": "start", "position": 0}
        )
        session.refresh_from_db()
        key = key_of(session.questions[0], "Slaapt op het werk")

        response = anna.post(
            reverse("team_sessions:answer", args=[session.code]), {"position": session.position, "choice": [key] * 50}
        )

        assert response.status_code in (200, 302)
        assert SessionAnswer.objects.get().chosen == [key]
