# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""Phones show the facilitator's timer too: the seconds left, then "De tijd is om", in the poll block beside
the answer form (which is never reloaded or touched). An unchanged figure costs a 204. And at the reveal a
phone is told when its decision path was left half-way and does not count."""

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from quizzes.factories import PathQuestionFactory, QuizPageFactory
from team_sessions.models import TeamSession
from team_sessions.services import start_session
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    answer,
    control,
    facilitator,
    facilitator_client,
    phone,
    quiz,
    session,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def start_timer(facilitator_client, session, seconds=60):
    url = reverse("team_sessions:control", args=[session.uuid])
    facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": seconds})


def status(client, session, seen=None):
    params = {"stage": "question-1"} | ({} if seen is None else {"seen": seen})
    return client.get(reverse("team_sessions:phone_status", args=[session.code]), params)


class TestPhoneTimer:
    def test_the_phone_page_shows_the_time_left_above_the_form(self, facilitator_client, session):
        """Joined, the question started, 60 seconds on the clock: the phone says how long is left."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        start_timer(facilitator_client, session)
        html = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert re.search(r"Nog (59|60) seconden", html)
        assert html.index("lk-timer") < html.index('name="choice"')

    def test_the_poll_brings_the_new_figure_and_a_204_when_nothing_changed(self, facilitator_client, session):
        """Without a timer: 204. With one: the block with the seconds; asking again with that figure: 204."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        assert status(anna, session).status_code == 204
        start_timer(facilitator_client, session)
        block = status(anna, session, seen="").content.decode()
        shown = re.search(r"Nog (\d+) seconden", block).group(1)
        assert f"seen={shown}" in block and 'hx-swap="outerHTML"' in block
        assert status(anna, session, seen=shown).status_code == 204

    def test_time_up_and_a_stopped_timer_reach_the_phone(self, facilitator_client, session):
        """The clock runs out: "De tijd is om"; the facilitator stops the timer: the block comes back empty."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        start_timer(facilitator_client, session)
        TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
        assert "De tijd is om" in status(anna, session, seen="45").content.decode()
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "stop_timer", "position": 1})
        block = status(anna, session, seen="0").content.decode()
        assert "lk-timer" not in block and '&amp;seen=" hx-trigger' in block
        assert status(anna, session, seen="").status_code == 204


def test_a_path_left_half_way_says_so_at_the_reveal(facilitator, facilitator_client, catalogue):
    """A phone that took the first step of a decision path when the answers were shown is told the path was not
    finished and does not count, above the feedback on the step it took."""
    quiz = QuizPageFactory(parent=catalogue.social, questions=[PathQuestionFactory(title="Het pad")], pass_mark=50)
    session = start_session(facilitator, quiz, "Team mentoren")
    anna = phone(session)
    control(facilitator_client, session, "start")
    session.refresh_from_db()
    first = session.current_question.current_step(None)
    apart = next(choice["key"] for choice in first["choices"] if choice["text"] == "Apart gaan praten")
    url = reverse("team_sessions:answer", args=[session.code])
    assert anna.post(url, {"position": 1, "step": "start", "choice": apart}).status_code == 302
    control(facilitator_client, session, "reveal")
    html = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
    assert "Je had het pad nog niet af. Deze vraag telt daarom als fout in je score." in html
    assert "Apart gaan praten" in html
