"""The presenter screens the tester found too small or scrolling, measured in a browser: the reveal, the
one-screen question and the summary read as slides at 1920×1080 and 1280×720 and fit without scrolling; the
lobby on a facilitator's phone shows no keyboard hints and breaks the address only before a "/"."""

from django.core.management import call_command

from playwright.sync_api import expect

from courses.models import CoursePage
from quizzes.factories import QuizPageFactory
from quizzes.models import Question
from team_sessions import services as sessions

from .conftest import log_in
from .test_presenter import BEAMER, FULL_HD, assert_fits, assert_no_sideways_scroll, goto_position, size

PHONES = ({"width": 390, "height": 844}, {"width": 320, "height": 640})


def demo_quiz():
    """A quiz of every live demo question, the longest ones included."""
    call_command("load_demo", verbosity=0)
    course = CoursePage.objects.live().first()
    questions = list(Question.objects.filter(live=True).order_by("pk"))
    return QuizPageFactory(parent=course, slug="alle-demovragen", title="Alle demovragen", questions=questions)


def longest_reveals(session):
    """The positions of the decision path and of the other question with the most text on their reveal."""
    from .test_presenter import visible_reveal_length

    snapshots = [session.question_at(n) for n in range(1, len(session.questions) + 1)]
    groups = (
        [n for n, q in enumerate(snapshots, start=1) if q.is_path],
        [n for n, q in enumerate(snapshots, start=1) if not q.is_path],
    )
    return sorted({max(group, key=lambda n: visible_reveal_length(snapshots[n - 1])) for group in groups if group})


def test_the_reveal_reads_from_the_back_of_the_room(page, live_server, facilitator):
    """The reveal of the longest demo questions: answers, feedback and the 'x keer gekozen' counts at least
    24 px at 1920×1080 (16 px at 1280×720), as a slide without scrolling; on a phone nothing scrolls sideways."""
    quiz = demo_quiz()
    log_in(page, live_server, facilitator.email)
    for position in longest_reveals(sessions.start_session(facilitator, quiz, "Team")):
        session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
        for name in ("Sam", "Noor", "Jesse"):
            sessions.join(session, display_name=name)
        goto_position(session, position)
        sessions.reveal(session, position)
        url = f"{live_server.url}/teamsessie/{session.uuid}/"
        for viewport in (FULL_HD, BEAMER):
            scale = viewport["height"] / 1080
            page.set_viewport_size(viewport)
            page.goto(url)
            page.wait_for_load_state("load")
            what = f"reveal of question {position} at {viewport}"
            assert_fits(page, what)
            assert size(page, ".lk-distribution__label")["font"] >= 26 * scale - 0.5, what
            assert size(page, ".lk-feedback")["font"] >= 24 * scale - 0.5, what
            assert size(page, ".lk-distribution__count")["font"] >= 24 * scale - 0.5, what
            expect(page.locator(".lk-discussion")).to_be_in_viewport(ratio=1)
            expect(page.get_by_role("button", name="Volgende vraag")).to_be_in_viewport(ratio=1)
        for viewport in PHONES:
            page.set_viewport_size(viewport)
            page.goto(url)
            assert_no_sideways_scroll(page, f"reveal of question {position} at {viewport}")
