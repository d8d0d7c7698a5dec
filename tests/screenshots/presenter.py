"""Screenshots of the big screen at 1920×1080 (and 1280×720): lobby, a question, a reveal, a decision path's
reveal and the summary, with the demo content and three participants who answered.

Run with `make screenshots-presenter`; the PNGs go to the git-ignored `screenshots/` folder. Not part of the
test suite (the file name does not start with test_); a person looks at the pictures.
"""

import random
from pathlib import Path

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.http import QueryDict

import pytest

from accounts.factories import UserFactory
from courses.models import CoursePage
from quizzes.factories import QuizPageFactory
from quizzes.models import Question
from team_sessions import services as sessions
from team_sessions.models import SessionAnswer
from tests.e2e.conftest import (
    browser_type_launch_args,  # noqa: F401 (Debian's chromium)
    log_in,
)

OUT = Path(__file__).resolve().parents[2] / "screenshots"
SIZES = {"1920x1080": {"width": 1920, "height": 1080}, "1280x720": {"width": 1280, "height": 720}}


def answer_at_random(session, participant, position, rng):
    """One participant's answer: a random choice, or a random way through a decision path."""
    question = session.question_at(position)
    for _step in range(10):
        existing = SessionAnswer.objects.filter(participant=participant, position=position).first()
        if existing and existing.completed:
            return
        step = question.current_step(existing)
        data = QueryDict(mutable=True)
        options = step["choices"] if step else question.choices
        data["choice"] = rng.choice(options)["key"]
        if step:
            data["step"] = step["key"]
        sessions.answer(session, participant, position, data)


@pytest.mark.django_db(transaction=True)
def test_presenter_screenshots(page, live_server):
    """Not a test: writes screenshots/presenter-*.png."""
    OUT.mkdir(exist_ok=True)
    rng = random.Random(16)
    call_command("load_demo", verbosity=0)
    facilitator = UserFactory(email="fleur@example.org", full_name="Fleur Begeleider")
    facilitator.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
    course = CoursePage.objects.live().first()
    live = list(Question.objects.filter(live=True).order_by("pk"))
    path = next((q for q in live if q.kind == "path"), None)
    chosen = [q for q in live if q.kind != "path"][:2] + ([path] if path else [])
    quiz = QuizPageFactory(parent=course, slug="schermafbeeldingen", title="Demo", questions=chosen, pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    people = [sessions.join(session, display_name=name)[0] for name in ("Sam", "Noor", "Jesse", "Fatima", "Daan")]
    log_in(page, live_server, facilitator.email)
    url = f"{live_server.url}/teamsessie/{session.uuid}/"

    def shoot(name):
        for label, viewport in SIZES.items():
            page.set_viewport_size(viewport)
            page.goto(url)
            page.wait_for_timeout(300)
            page.screenshot(path=str(OUT / f"presenter-{name}-{label}.png"))

    shoot("1-lobby")
    sessions.open_first_question(session)
    for position in range(1, len(session.questions) + 1):
        shoot(f"{position + 1}-question-{position}")
        for person in people[:4]:
            answer_at_random(session, person, position, rng)
        sessions.reveal(session, position)
        shoot(f"{position + 1}-reveal-{position}")
        if position < len(session.questions):
            sessions.next_question(session, position)
    session.refresh_from_db()
    sessions.end_session(session)
    url = f"{live_server.url}/teamsessie/{session.uuid}/samenvatting/"
    shoot("9-summary")


@pytest.mark.django_db(transaction=True)
def test_phone_screenshots(page, live_server):
    """Not a test: writes screenshots/phone-*.png at 360×740 for the slim /doe-mee/ pages."""
    OUT.mkdir(exist_ok=True)
    call_command("load_demo", verbosity=0)
    facilitator = UserFactory(email="fleur@example.org", full_name="Fleur Begeleider")
    facilitator.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
    course = CoursePage.objects.live().first()
    first = Question.objects.filter(live=True, kind="single").order_by("pk").first()
    quiz = QuizPageFactory(parent=course, slug="telefoon", title="Demo", questions=[first], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/doe-mee/")
    page.screenshot(path=str(OUT / "phone-1-code.png"))
    page.get_by_label("Code van de sessie").fill(session.display_code)
    page.get_by_role("button", name="Verder").click()
    page.screenshot(path=str(OUT / "phone-2-join.png"))
    page.get_by_label("Je naam in deze sessie").fill("Sam")
    page.get_by_role("button", name="Doe mee").click()
    page.screenshot(path=str(OUT / "phone-3-lobby.png"))
    sessions.open_first_question(session)
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    page.screenshot(path=str(OUT / "phone-4-question.png"))
    page.locator("input[name=choice]").first.check()
    page.get_by_role("button", name="Antwoord geven").click()
    sessions.reveal(session, 1)
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    page.screenshot(path=str(OUT / "phone-5-feedback.png"), full_page=True)
    session.refresh_from_db()
    sessions.end_session(session)
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    page.screenshot(path=str(OUT / "phone-6-end.png"))
