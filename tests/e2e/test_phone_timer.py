"""A phone shows the facilitator's timer at 390×844 without disturbing an answer being chosen."""

import os
import re
from datetime import timedelta

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions import services as sessions
from team_sessions.models import TeamSession

pytestmark = pytest.mark.e2e

WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def test_the_timer_counts_down_on_the_phone_and_the_chosen_option_stays(page, live_server, facilitator, catalogue):
    """Sam picks an option; the facilitator starts 60 seconds: within two polls the phone says "Nog … seconden"
    in at least 16 px, the option is still ticked, nothing scrolls sideways; when time is up it says so, in
    without the error colour (answers still count until the reveal, and the phone says so), and the answer still
    goes in."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    page.get_by_label("Je naam in deze sessie").fill("Sam")
    page.get_by_role("button", name="Doe mee").click()
    sessions.open_first_question(session)
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible(timeout=5_000)
    assert page.locator(".lk-timer").count() == 0
    option = page.get_by_label("Ik schrijf op wat ik zie en overleg")
    option.check()

    session.refresh_from_db()
    sessions.start_timer(session, 1, 60)
    timer = page.locator(".lk-timer")
    expect(timer).to_have_text(re.compile(r"Nog \d+ seconden"), timeout=4_000)
    assert float(timer.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")) >= 16
    assert timer.evaluate("el => getComputedStyle(el).color") != "rgb(179, 38, 30)"
    expect(option).to_be_checked()
    width, viewport = page.evaluate(WIDTH)
    assert width <= viewport
    if os.environ.get("LK_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], "phone-timer.png"))

    TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
    expect(timer).to_have_text("De tijd is om", timeout=4_000)
    assert timer.evaluate("el => getComputedStyle(el).color") != "rgb(179, 38, 30)"
    expect(page.get_by_text("Je kunt nog antwoorden, tot de begeleider de antwoorden laat zien.")).to_be_visible()
    expect(option).to_be_checked()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_text("Je antwoord is ontvangen")).to_be_visible()
