"""Names as people type them: a 120-character group name without a space, a 60-character display name.

They wrap wherever they are shown (facilitator's list, participants, big screen, end and summary, phone), so no
page scrolls sideways at 320 and 390 px nor on a 1366 or 1920 px big screen, and tables and lists of facts do not
cut ordinary words; on a phone the team-session pages use 16 px text."""

from playwright.sync_api import expect

from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions import services as sessions

from . import tour
from .conftest import log_in

LONG_GROUP = "Teammentorenvanhetbakenenalleanderescholenindeprovincieflevolandbijeenvooreentraining" + "X" * 34
LONG_NAME = "Q" * 60
PHONES = ({"width": 320, "height": 640}, {"width": 390, "height": 844})
BIG_SCREENS = ({"width": 1366, "height": 900}, {"width": 1920, "height": 1080})
FITS = "() => ({scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth})"
# Ordinary words (up to 20 characters) in table cells and in the values of a list of facts that the layout cut over
# two lines: a table squeezed into a phone's width reads "Me / nse / nha / nde / l". The 120-character name may
# wrap; a date or a title may not.
SPLIT_WORDS = """() => {
    const split = new Set();
    for (const cell of document.querySelectorAll("td, dd")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (const word of text.textContent.matchAll(/\\S+/g)) {
                if (word[0].length > 20) continue;
                const range = document.createRange();
                range.setStart(text, word.index);
                range.setEnd(text, word.index + word[0].length);
                const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
                const lines = new Set(boxes.map((r) => Math.round(r.top)));
                if (lines.size > 1) split.add(word[0]);
            }
        }
    }
    return [...split].slice(0, 10);
}"""


def problems_at(page, viewports, what):
    """Sideways scrolling, text outside the window, text below 16 px on a phone and words cut in table cells."""
    problems = []
    for viewport in viewports:
        page.set_viewport_size(viewport)
        fits = page.evaluate(FITS)
        if fits["scrollWidth"] > fits["innerWidth"]:
            problems.append(f"{what}: {fits['scrollWidth']} px wide in a {fits['innerWidth']} px window")
        problems += [f"{what}: {problem}" for problem in tour.reflow_problems(page)]
        if viewport["width"] < tour.MIN_TEXT_BELOW:
            problems += [f"{what}: {problem}" for problem in tour.small_text_problems(page)]
        if split := page.evaluate(SPLIT_WORDS):
            problems.append(f"{what} at {viewport['width']} px: words cut over two lines in a table or list: {split}")
    return problems


def test_long_unbroken_names_wrap_on_every_team_session_page(browser, live_server, facilitator, catalogue):
    """With an ordinary and a 120-character group name and a 60-character participant: the session list, the
    participants page, the lobby and a question on the big screen, the end and summary pages, and the phone's
    waiting page fit the window without sideways scrolling; text on the phone-size pages is 16 px or more."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    ended = sessions.start_session(facilitator, quiz, LONG_GROUP)
    sessions.join(ended, display_name=LONG_NAME)
    sessions.open_first_question(ended)
    ended.refresh_from_db()
    sessions.end_session(ended)
    session = sessions.start_session(facilitator, quiz, LONG_GROUP)

    phone = browser.new_context().new_page()
    phone.set_viewport_size(PHONES[1])
    phone.goto(f"{live_server.url}/doe-mee/{session.code}/")
    phone.get_by_label("Je naam in deze sessie").fill(LONG_NAME)
    phone.get_by_role("button", name="Doe mee").click()
    expect(phone.get_by_role("heading", name=f"Welkom, {LONG_NAME}")).to_be_visible()
    problems = problems_at(phone, PHONES, "phone waiting page")

    page = browser.new_context().new_page()
    page.set_default_timeout(10_000)
    log_in(page, live_server, facilitator.email)
    base = f"{live_server.url}/teamsessie"
    for what, path, viewports in [
        ("sessions list", "/", PHONES + BIG_SCREENS[:1]),
        ("participants", f"/{session.uuid}/deelnemers/", PHONES + BIG_SCREENS[:1]),
        ("lobby", f"/{session.uuid}/", PHONES + BIG_SCREENS),
        ("end", f"/{session.uuid}/afronden/", PHONES + BIG_SCREENS),
        ("summary", f"/{ended.uuid}/samenvatting/", PHONES + BIG_SCREENS),
    ]:
        page.goto(base + path)
        problems += problems_at(page, viewports, what)
    page.set_viewport_size(PHONES[1])
    page.goto(base + "/")
    expect(page.get_by_role("link", name=LONG_GROUP).first).to_be_visible()

    sessions.open_first_question(session)
    page.goto(f"{base}/{session.uuid}/")
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible()
    problems += problems_at(page, BIG_SCREENS, "question on the big screen")
    assert problems == [], "\n".join(problems)
