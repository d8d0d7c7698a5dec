"""Answers and the facilitator's buttons at the same moment, in real concurrent transactions.

Each test holds one answer inside its transaction (after the session row was read, before the answer is
written) and lets another request run meanwhile, so the interleaving is the one a full room produces.
"""

import threading

from django.contrib.auth.models import Group, Permission
from django.db import connection

import pytest

from accounts.factories import UserFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions import services
from team_sessions.models import SessionAnswer, TeamSession
from team_sessions.services import TeamSessionError, join, open_first_question, reveal, start_session

pytestmark = pytest.mark.django_db(transaction=True)

WAIT = 5  # seconds a thread may take at most; the pauses below are far shorter
BLOCKED = 0.5  # how long a request must stay unfinished to count as waiting


@pytest.fixture
def session(catalogue, organisation):
    group, _ = Group.objects.get_or_create(name="Begeleiders (test)")
    group.permissions.add(Permission.objects.get(codename="add_teamsession"))
    facilitator = UserFactory(organisation=organisation)
    facilitator.groups.add(group)
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(), QuestionFactory()])
    session = start_session(facilitator, quiz, "Team mentoren")
    return session


def choice(session, right=True):
    return next(c["key"] for c in session.questions[0]["choices"] if c["correct"] is right)


class Held:
    """Pause the first answer of the phone named `name` (None: the team's answer in one-screen mode) inside
    its transaction until `release` is set."""

    def __init__(self, monkeypatch, name):
        self.inside = threading.Event()
        self.release = threading.Event()
        real = services.record_choice

        def record_choice(question, answer, form_data):
            who = answer.participant.display_name if answer.participant else None
            if who == name and not self.inside.is_set():
                self.inside.set()
                self.release.wait(WAIT)
            return real(question, answer, form_data)

        monkeypatch.setattr(services, "record_choice", record_choice)


def in_thread(call, *args):
    """Run `call(*args)` in a thread with its own database connection; returns (thread, outcome dict)."""
    outcome = {}

    def run():
        try:
            outcome["result"] = call(*args)
        except Exception as error:  # noqa: BLE001 - the test asserts on it
            outcome["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def started(session, *names):
    phones = [join(session, display_name=name)[0] for name in names]
    open_first_question(session)
    return TeamSession.objects.get(pk=session.pk), phones


def test_a_reveal_waits_for_an_answer_being_stored_and_counts_it(session, monkeypatch):
    """The facilitator reveals while a phone's answer is half-way: the reveal waits, the answer counts."""
    session, [anna] = started(session, "Anna")
    held = Held(monkeypatch, "Anna")
    answering, answered = in_thread(services.answer, session, anna, 1, {"choice": choice(session)})
    assert held.inside.wait(WAIT)

    revealing, revealed = in_thread(reveal, TeamSession.objects.get(pk=session.pk), 1)
    revealing.join(BLOCKED)
    assert revealing.is_alive(), "the reveal went ahead while an answer to the open question was being stored"

    held.release.set()
    answering.join(WAIT)
    revealing.join(WAIT)
    assert "error" not in answered and revealed.get("result") is True
    assert SessionAnswer.objects.filter(session=session, position=1, completed=True).count() == 1
    assert TeamSession.objects.get(pk=session.pk).stage == TeamSession.Stage.REVEALED


def test_an_answer_sent_after_the_reveal_is_refused(session, monkeypatch):
    """Once the reveal is stored, an answer that was on its way gets 409 and the tally stays."""
    session, [anna] = started(session, "Anna")
    reveal(session, 1)

    with pytest.raises(TeamSessionError) as refused:
        services.answer(session, anna, 1, {"choice": choice(session)})  # `session` still says: question open

    assert refused.value.status == 409
    assert not SessionAnswer.objects.filter(session=session).exists()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite stores one write at a time by design; row locks are PostgreSQL's"
)
def test_phones_answering_at_once_do_not_wait_for_each_other(session, monkeypatch):
    """Fifty phones answer within a second: one answer being stored does not hold up another phone's."""
    session, [anna, bram] = started(session, "Anna", "Bram")
    held = Held(monkeypatch, "Anna")
    first, _ = in_thread(services.answer, session, anna, 1, {"choice": choice(session)})
    assert held.inside.wait(WAIT)

    second, outcome = in_thread(services.answer, session, bram, 1, {"choice": choice(session, right=False)})
    second.join(BLOCKED)
    still_waiting = second.is_alive()
    held.release.set()
    first.join(WAIT)
    second.join(WAIT)

    assert not still_waiting, "Bram's answer waited for Anna's"
    assert "error" not in outcome
    assert SessionAnswer.objects.filter(session=session, position=1, completed=True).count() == 2


def test_a_double_submit_stores_one_answer_and_refuses_the_other_with_409(session, monkeypatch):
    """The same phone sends its answer twice at once (a double tap): one is stored, the other gets 409."""
    session, [anna] = started(session, "Anna")
    held = Held(monkeypatch, "Anna")
    first, first_outcome = in_thread(services.answer, session, anna, 1, {"choice": choice(session)})
    assert held.inside.wait(WAIT)
    second, second_outcome = in_thread(services.answer, session, anna, 1, {"choice": choice(session, right=False)})
    second.join(BLOCKED)
    held.release.set()
    first.join(WAIT)
    second.join(WAIT)

    outcomes = [first_outcome, second_outcome]
    errors = [o["error"] for o in outcomes if "error" in o]
    assert len(errors) == 1 and isinstance(errors[0], TeamSessionError) and errors[0].status == 409, outcomes
    assert SessionAnswer.objects.filter(participant=anna, position=1).count() == 1


def test_two_tabs_giving_the_teams_answer_at_once_store_it_once(session, monkeypatch):
    """One-screen mode: the team's answer is sent from two presenter tabs at once. It is stored once and
    reveals the question; the other tab gets 409, never a deadlock or a server error."""
    one_screen = start_session(session.facilitator, session.quiz, "Team samen", mode=TeamSession.Mode.ONE_SCREEN)
    open_first_question(one_screen)
    one_screen = TeamSession.objects.get(pk=one_screen.pk)
    held = Held(monkeypatch, None)
    first, first_outcome = in_thread(services.team_answer, one_screen, 1, {"choice": choice(one_screen)})
    assert held.inside.wait(WAIT)
    second, second_outcome = in_thread(services.team_answer, one_screen, 1, {"choice": choice(one_screen)})
    second.join(BLOCKED)
    held.release.set()
    first.join(WAIT)
    second.join(WAIT)

    outcomes = [first_outcome, second_outcome]
    errors = [o["error"] for o in outcomes if "error" in o]
    assert len(errors) == 1 and isinstance(errors[0], TeamSessionError) and errors[0].status == 409, outcomes
    assert SessionAnswer.objects.filter(session=one_screen, participant=None, position=1).count() == 1
    assert TeamSession.objects.get(pk=one_screen.pk).stage == TeamSession.Stage.REVEALED
