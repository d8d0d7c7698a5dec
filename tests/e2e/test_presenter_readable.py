"""The presenter screens the tester found too small or scrolling, measured in a browser: the reveal, the
one-screen question and the summary read as slides at 1920×1080 and 1280×720 and fit without scrolling; the
lobby on a facilitator's phone shows no keyboard hints and breaks the address only before a "/"."""

from django.core.management import call_command

from playwright.sync_api import expect

from courses.models import CoursePage
from quizzes.factories import QuizPageFactory
from quizzes.models import Question
from team_sessions import services as sessions
from team_sessions.models import TeamSession

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


def one_screen_length(question):
    """Characters on the one-screen question page: the situation, the (first step's) text and the options."""
    from django.utils.html import strip_tags

    step = question.steps[0] if question.is_path else None
    options = step["choices"] if step else question.choices
    texts = [strip_tags(question.data["scenario"]), strip_tags(question.prompt or "")]
    if step:
        texts += [strip_tags(step["scenario"]), step.get("prompt") or ""]
    return sum(len(text) for text in texts) + sum(len(option["text"]) + 60 for option in options)


def test_one_screen_question_is_sized_like_the_other_slides(page, live_server, facilitator):
    """One-screen mode, the longest demo question and decision path: 'Vraag n van m', the step's text and
    'Dit is ons antwoord' at least 19/18/18 px at 1280×720 (half again at 1920×1080), the options across
    the screen, and no scrolling."""
    quiz = demo_quiz()
    probe = sessions.start_session(facilitator, quiz, "Team", mode=TeamSession.Mode.ONE_SCREEN)
    snapshots = [probe.question_at(n) for n in range(1, len(probe.questions) + 1)]
    positions = {
        max(group, key=lambda n: one_screen_length(snapshots[n - 1]))
        for group in (
            [n for n, q in enumerate(snapshots, start=1) if q.is_path],
            [n for n, q in enumerate(snapshots, start=1) if not q.is_path],
        )
        if group
    }
    log_in(page, live_server, facilitator.email)
    for position in sorted(positions):
        session = sessions.start_session(facilitator, quiz, "Eén scherm team", mode=TeamSession.Mode.ONE_SCREEN)
        sessions.open_first_question(session)
        TeamSession.objects.filter(pk=session.pk).update(position=position)
        for viewport in (FULL_HD, BEAMER):
            scale = viewport["width"] / 1280
            page.set_viewport_size(viewport)
            page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
            page.wait_for_load_state("load")
            what = f"one-screen question {position} at {viewport}"
            expect(page.get_by_role("heading", name=f"Vraag {position} van")).to_be_visible()
            assert_fits(page, what)
            assert size(page, ".lk-stage__kicker")["font"] >= 19 * scale - 0.5, what
            assert size(page, ".lk-answer-form .utrecht-button")["font"] >= 18 * scale - 0.5, what
            if snapshots[position - 1].is_path:
                assert size(page, ".lk-stage__form .lk-scenario")["font"] >= 18 * scale - 0.5, what
            option = page.locator(".lk-stage__form .lk-option").first.bounding_box()
            assert option["width"] >= 0.85 * viewport["width"], what
        for viewport in PHONES:
            page.set_viewport_size(viewport)
            page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
            assert_no_sideways_scroll(page, f"one-screen question {position} at {viewport}")
