"""A shown score never reaches the pass mark for a failed attempt, nor falls below it for a passed one."""

from decimal import Decimal

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from accounts.factories import UserFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt
from quizzes.services import start_attempt
from quizzes.templatetags.score_tags import score
from team_sessions.models import Participant, TeamSession
from team_sessions.services import start_session

from .test_quizzes import quiz  # noqa: F401 (fixture)
from .test_team_sessions import facilitator, facilitator_client  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


class TestScoreFilter:
    @pytest.mark.parametrize(
        ("value", "mark", "shown"),
        [
            ("69.95", "70", "69,9"),  # floatformat showed 70,0
            ("69.99", "70", "69,9"),
            ("70.00", "70", "70"),
            ("70.04", "70", "70"),
            ("85.55", "70", "85,5"),
            ("70.25", "70.25", "70,25"),  # one decimal would fall below this pass mark
            ("70.24", "70.25", "70,2"),
            ("100.00", "70", "100"),
            ("0.00", "70", "0"),
        ],
    )
    def test_shown_in_dutch_and_on_the_right_side_of_the_pass_mark(self, value, mark, shown):
        """The score shows rounded down to one decimal, and never on the other side of the pass mark."""
        with translation.override("nl"):
            assert score(Decimal(value), Decimal(mark)) == shown

    def test_no_score_shows_nothing(self):
        """A missing score shows as nothing, not "None"."""
        assert score(None) == ""


def finished(attempt, value, passed):
    Attempt.objects.filter(pk=attempt.pk).update(
        score=Decimal(value), passed=passed, pass_mark=Decimal("70"), submitted_at=timezone.now()
    )


@pytest.mark.django_db
class TestPages:
    def test_failed_at_69_95_shows_69_9_on_result_and_quiz_page(self, learner_client, learner, quiz):  # noqa: F811
        """A failed 69.95 % shows as 69,9 % on the result and the quiz page, never as 70,0 %."""
        attempt = start_attempt(learner, quiz.page)
        finished(attempt, "69.95", passed=False)

        result = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()
        page = learner_client.get(quiz.page.url).content.decode()

        assert "Je score: 69,9% (nodig: 70%)" in result
        assert "70,0" not in result
        assert "69,9%" in page and "70,0%" not in page

    def test_passed_at_70_shows_70(self, learner_client, learner, quiz):  # noqa: F811
        """A passed 70.0 % shows as 70 % with the pass mark 70 %."""
        attempt = start_attempt(learner, quiz.page)
        finished(attempt, "70.00", passed=True)

        result = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()

        assert "Je score: 70% (nodig: 70%)" in result

    def test_team_session_summary_shows_69_9_for_a_failed_participant(
        self,
        facilitator,  # noqa: F811
        facilitator_client,  # noqa: F811
        catalogue,
    ):
        """The team-session summary shows a failed 69.95 % as 69,9 % and a passed 70.0 % as 70 %."""
        page = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=70)
        session = start_session(facilitator, page, "Team mentoren")
        TeamSession.objects.filter(pk=session.pk).update(
            stage=TeamSession.Stage.ENDED, pass_mark=Decimal("70"), ended_at=timezone.now()
        )
        Participant.objects.create(session=session, display_name="Anna", score=Decimal("69.95"), passed=False)
        Participant.objects.create(session=session, display_name="Bram", score=Decimal("70.00"), passed=True)

        html = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()

        assert "69,9%" in html and "70%" in html
        assert "70,0" not in html and "69,95" not in html

    def test_team_session_report_shows_the_average_rounded_down(self, client, facilitator, catalogue):  # noqa: F811
        """The team-session report shows an average of 69.95 % as 69,9, like every other score."""
        page = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=70)
        session = start_session(facilitator, page, "Team Wijkzorg")
        TeamSession.objects.filter(pk=session.pk).update(
            stage=TeamSession.Stage.ENDED, average_score=Decimal("69.95"), ended_at=timezone.now()
        )
        client.force_login(UserFactory(is_staff=True, is_superuser=True, organisation=None))

        html = client.get(reverse("lk_reports:team_sessions")).content.decode()

        assert "Team Wijkzorg" in html
        assert "69,9" in html and "69,95" not in html and "70,0" not in html
