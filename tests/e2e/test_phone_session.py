"""A participant's phone, in Chromium: the group name is never cut off at 320 px, and after a step of a decision
path the focus is on the new step's heading, so a screen reader announces it and the keyboard goes on from there."""

import os

import pytest
from playwright.sync_api import expect

from quizzes.factories import PathQuestionFactory, QuizPageFactory
from team_sessions import services as sessions

pytestmark = pytest.mark.e2e

LONG_GROUP = "Team mentoren en zorgcoördinatoren, Het Baken, locatie Almere-Haven"


def join(page, live_server, session, width, height, name="Sam"):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    page.get_by_label("Je naam in deze sessie").fill(name)
    page.get_by_role("button", name="Doe mee").click()


def shot(page, name):
    if os.environ.get("LK_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], name), full_page=True)


@pytest.mark.parametrize(("width", "height"), [(320, 640), (390, 844)])
def test_the_whole_group_name_shows_on_a_narrow_phone(page, live_server, facilitator, catalogue, width, height):
    """At 320 and 390 px the group line shows the whole name: it wraps, nothing is clipped or scrolls sideways,
    on the join form and on the phone once joined."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
    session = sessions.start_session(facilitator, quiz, LONG_GROUP)
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    for where in ("join", "lobby"):
        group = page.locator(".lk-phone-group")
        expect(group).to_have_text(f"Groep: {LONG_GROUP}")
        expect(group).to_be_visible()
        scroll, client = group.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert scroll <= client, where
        box = group.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, where
        assert group.evaluate("el => getComputedStyle(el).overflow") == "visible", where
        assert group.evaluate("el => getComputedStyle(el).webkitLineClamp") in ("none", ""), where
        # The text is as tall as its lines: nothing hidden below a clamp.
        assert group.evaluate("el => el.scrollHeight <= el.clientHeight + 1"), where
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width, where
        shot(page, f"phone-group-{where}-{width}.png")
        if where == "join":
            page.get_by_label("Je naam in deze sessie").fill("Sam")
            page.get_by_role("button", name="Doe mee").click()
            expect(page.get_by_role("heading", name="Welkom, Sam")).to_be_visible()


@pytest.mark.parametrize(("width", "height"), [(320, 640), (390, 844)])
def test_the_whole_module_title_shows_above_the_question(page, live_server, facilitator, catalogue, width, height):
    """Above an open question at 320 px the module's title was clamped to three upper-case lines ("…
    LOVERBOYS…"): the participant could not check the session's module. The whole title shows, wrapped."""
    title = "Mensenhandel herkennen op school: loverboys, uitbuiting en wat jij als mentor kunt doen"
    catalogue.school.title = title
    catalogue.school.save_revision().publish()
    quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    join(page, live_server, session, width, height)
    sessions.open_first_question(session)
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible(timeout=5_000)
    module = page.locator(".lk-pre-heading")
    expect(module).to_have_text(title)
    assert module.evaluate("el => getComputedStyle(el).webkitLineClamp") in ("none", "")
    assert module.evaluate("el => el.scrollHeight <= el.clientHeight + 1"), "the title is cut off below a clamp"
    # What is read is what is shown: not upper case, which is harder to read in a long title.
    assert module.evaluate("el => getComputedStyle(el).textTransform") == "none"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    shot(page, f"phone-module-title-{width}.png")


def test_after_a_path_step_the_focus_is_on_the_new_steps_heading(page, live_server, facilitator, catalogue):
    """Sam picks 1A by keyboard and submits: the page that follows has the focus on "Stap 2" (not on the
    page body), and the next Tab goes to step 2's first option. After the last step the focus is on the
    message that the answer was received."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    join(page, live_server, session, 390, 844)
    sessions.open_first_question(session)
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible(timeout=5_000)
    page.get_by_label("Apart gaan praten").check()
    page.get_by_role("button", name="Antwoord geven").click()
    heading = page.get_by_role("heading", name="Stap 2")
    expect(heading).to_be_focused()
    shot(page, "phone-step-2-390.png")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "choice"
    page.get_by_label("Met een onafhankelijke tolk").check()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.locator("#answer-received")).to_be_focused()
    expect(page.locator("#answer-received")).to_contain_text("Jouw route:")
    shot(page, "phone-path-done-390.png")


def test_a_second_tab_gets_a_neutral_note_with_the_focus(page, live_server, facilitator, catalogue):
    """Tab 1 chose 1A; tab 2, still at step 1, sends 1B: it shows step 2 with a note (focused) that 1A
    counted, and no option marked as wrong."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    join(page, live_server, session, 390, 844)
    sessions.open_first_question(session)
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible(timeout=5_000)
    second = page.context.new_page()
    second.set_viewport_size({"width": 390, "height": 844})
    second.goto(page.url)
    page.get_by_label("Apart gaan praten").check()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_role("heading", name="Stap 2")).to_be_visible()
    second.get_by_label("De baas aanspreken").check()
    second.get_by_role("button", name="Antwoord geven").click()
    note = second.locator("#phone-notice")
    expect(note).to_have_text("Bij stap 1 had je al 1A gekozen. Je eerste keuze telt.")
    expect(note).to_be_focused()
    assert second.locator(".utrecht-form-fieldset--invalid, .utrecht-alert--error").count() == 0
    expect(second.get_by_role("heading", name="Stap 2")).to_be_visible()
    shot(second, "phone-second-tab-390.png")
