"""The facilitator's confirmation steps by keyboard: each question ("Sam weghalen?", "Sessie stoppen?", "Sessie
afronden") takes the focus when it opens, so the next Tab reaches its answer, not the top of the page."""

from playwright.sync_api import expect

from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions import services as sessions
from team_sessions.models import Participant, TeamSession

from .conftest import log_in
from .test_presenter import FULL_HD

FOCUSED = """() => {
    const el = document.activeElement;
    return {tag: el.tagName, text: (el.innerText || "").trim()};
}"""


def assert_focus_on(page, tag, text):
    focused = page.evaluate(FOCUSED)
    assert focused == {"tag": tag, "text": text}, f"the focus is on {focused}, not on the {tag} {text!r}"


def test_each_confirmation_puts_the_focus_on_its_question(page, live_server, facilitator, catalogue):
    """'Haal Sam weg' opens 'Sam weghalen?' with the focus on that heading and Tab next on 'Ja, haal Sam weg';
    the lobby's 'Sessie stoppen' opens 'Sessie stoppen?' focused; ending a session and, in one-screen mode,
    the attendance list focus 'Sessie afronden', and a refused list its summary of what to correct."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    sessions.join(session, display_name="Sam")
    page.set_viewport_size(FULL_HD)
    log_in(page, live_server, facilitator.email)

    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/deelnemers/")
    page.get_by_role("button", name="Haal Sam weg").press("Enter")
    expect(page.get_by_role("heading", name="Sam weghalen?")).to_be_visible()
    assert_focus_on(page, "H1", "Sam weghalen?")
    page.keyboard.press("Tab")
    assert_focus_on(page, "BUTTON", "Ja, haal Sam weg")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Sam doet niet meer mee.")).to_be_visible()
    assert not Participant.objects.filter(session=session).exists()

    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    page.get_by_role("link", name="Sessie stoppen").click()
    expect(page.get_by_role("heading", name="Sessie stoppen?")).to_be_visible()
    assert_focus_on(page, "H1", "Sessie stoppen?")

    sessions.open_first_question(session)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    page.get_by_role("link", name="Sessie nu afronden").click()
    expect(page.get_by_role("heading", name="Sessie afronden")).to_be_visible()
    assert_focus_on(page, "H1", "Sessie afronden")

    one_screen = sessions.start_session(facilitator, quiz, "Eén scherm", mode=TeamSession.Mode.ONE_SCREEN)
    sessions.open_first_question(one_screen)
    page.goto(f"{live_server.url}/teamsessie/{one_screen.uuid}/afronden/")
    assert_focus_on(page, "H1", "Sessie afronden")
    page.get_by_label("Naam, regel 1", exact=True).fill("Anna de Vries")
    page.get_by_label("Naam, regel 2", exact=True).fill("anna de vries")
    page.get_by_role("button", name="Sessie afronden").click()
    summary = page.locator("#form-errors")
    expect(summary).to_contain_text("Regel 2, Naam: Deze naam staat al op regel 1.")
    assert page.evaluate("() => document.activeElement.id") == "form-errors"
