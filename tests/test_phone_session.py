# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""A participant's phone in a team session (/doe-mee/<code>/): the join code as typed on any keyboard, what a
phone says before and after an answer, a second tab, the timer, and the big screen's letters in the feedback."""

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from team_sessions.models import TeamSession
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    answer,
    control,
    facilitator,
    facilitator_client,
    phone,
    quiz,
    right_key,
    session,
)

pytestmark = pytest.mark.django_db


def fullwidth(digits):
    return "".join(chr(0xFF10 + int(d)) for d in digits)


def arabic_indic(digits):
    return "".join(chr(0x0660 + int(d)) for d in digits)


class TestJoinCode:
    @pytest.mark.parametrize(
        "typed",
        [
            fullwidth,  # a Japanese or Chinese keyboard: "９４５７４２"
            arabic_indic,  # "٩٤٥٧٤٢"
            lambda code: f"{fullwidth(code[:3])}\u3000\uff0d{fullwidth(code[3:])}",  # with "　－" between
        ],
        ids=["full-width", "arabic-indic", "full-width-spaced"],
    )
    def test_digits_of_any_script_find_the_session(self, session, typed):
        """Full-width and other Unicode decimal digits are read as the ASCII digits of the code."""
        response = Client().get(reverse("team_sessions:join_lookup"), {"code": typed(session.code)})
        assert response.status_code == 302
        assert response["Location"] == reverse("team_sessions:join", args=[session.code])

    @pytest.mark.parametrize("typed", ["¹²³⁴⁵⁶", "12345⑥", "1234五六"])
    def test_digit_like_characters_that_are_not_decimal_digits_are_refused(self, session, typed):
        """Superscripts, circled figures and number words are no code: the format message, not a lookup."""
        response = Client().get(reverse("team_sessions:join_lookup"), {"code": typed})
        assert response.status_code == 400
        assert "zes cijfers" in response.content.decode()


def join_url(session):
    return reverse("team_sessions:join", args=[session.code])


class TestTimeUp:
    def test_time_up_is_neutral_and_says_answers_still_count_until_the_reveal(self, facilitator_client, session):
        """ "De tijd is om" without the error colour class, with the hint that answering still works until the
        facilitator shows the answers; and indeed the answer is then still taken."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
        block = anna.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "question-1"})
        html = block.content.decode()
        assert "De tijd is om" in html and "lk-timer--up" not in html
        assert "Je kunt nog antwoorden, tot de begeleider de antwoorden laat zien." in html
        assert "lk-timer--up" not in anna.get(join_url(session)).content.decode()
        assert answer(anna, session, right_key(session.questions[0])).status_code == 302

    def test_after_answering_time_up_says_no_more_than_that(self, facilitator_client, session):
        """A phone that answered is not told it can still answer."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
        html = anna.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "question-1"})
        html = html.content.decode()
        assert "De tijd is om" in html and "Je kunt nog antwoorden" not in html


class TestGroupName:
    def test_the_group_has_its_own_line_on_the_join_form_and_the_phone(self, session):
        """The group name is not in the clamped module line, on the join form and once joined."""
        html = Client().get(join_url(session)).content.decode()
        assert '<p class="utrecht-paragraph lk-phone-group">Groep: Team mentoren, Het Baken</p>' in html
        html = phone(session).get(join_url(session)).content.decode()
        assert '<p class="utrecht-paragraph lk-phone-group">Groep: Team mentoren, Het Baken</p>' in html
