"""One-screen mode in a browser: the team's route so far ("Eerder gekozen") reads from the back of the room with
the options' letters, on the longest demo decision paths."""

import os

from django.http import QueryDict

from playwright.sync_api import expect

from team_sessions import services as sessions
from team_sessions.models import TeamSession

from .conftest import demo_quiz, log_in
from .test_presenter import BEAMER, FULL_HD, assert_fits, assert_no_sideways_scroll, size
from .test_presenter_readable import PHONES

BAR_BOTTOM = "() => document.querySelector('.lk-stage-bar').getBoundingClientRect().bottom"


def first_step_that_goes_on(question):
    """The first choice of the first step that leads to another step, and its room label ("1B")."""
    step = question.steps[0]
    index, choice = next((i, c) for i, c in enumerate(step["choices"]) if c.get("next_step"))
    return step, choice, f"1{'ABCDEFGH'[index]}"


def test_the_teams_route_so_far_is_large_and_lettered(page, live_server, facilitator):
    """After the team's first step of each demo decision path, 'Eerder gekozen' and the choice made are at least
    26 px at 1920×1080 (two thirds at 1280×720), the choice carries its letter ("1B") as on the options, the
    slide fits with its bar on the screen, and on a phone nothing scrolls sideways."""
    quiz = demo_quiz()
    probe = sessions.start_session(facilitator, quiz, "Team", mode=TeamSession.Mode.ONE_SCREEN)
    paths = [n for n in range(1, len(probe.questions) + 1) if probe.question_at(n).is_path]
    assert paths
    log_in(page, live_server, facilitator.email)
    for position in paths:
        session = sessions.start_session(facilitator, quiz, "Eén scherm team", mode=TeamSession.Mode.ONE_SCREEN)
        sessions.open_first_question(session)
        TeamSession.objects.filter(pk=session.pk).update(position=position)
        session.refresh_from_db()
        step, choice, label = first_step_that_goes_on(session.question_at(position))
        data = QueryDict(mutable=True)
        data.update({"position": str(position), "step": step["key"], "choice": choice["key"]})
        sessions.team_answer(session, position, data)  # the facilitator entered the team's first step
        for viewport in (FULL_HD, BEAMER):
            scale = viewport["height"] / 1080
            what = f"one-screen path {position}, step 2, at {viewport['width']}"
            page.set_viewport_size(viewport)
            page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
            page.wait_for_load_state("load")
            taken = page.locator(".lk-path-taken")
            expect(taken.get_by_role("heading", name="Eerder gekozen")).to_be_visible()
            expect(taken.locator("li").first).to_have_text(f"{label} {choice['text']}")
            expect(taken.locator(".lk-options__letter").first).to_have_text(label)
            assert size(page, ".lk-path-taken h2")["font"] >= 26 * scale - 0.5, what
            assert size(page, ".lk-path-taken li")["font"] >= 26 * scale - 0.5, what
            assert page.evaluate(BAR_BOTTOM) <= viewport["height"], what
            assert_fits(page, what)
            if os.environ.get("LK_SHOTS"):
                path = os.path.join(os.environ["LK_SHOTS"], f"one-screen-path-{position}-{viewport['width']}.png")
                page.screenshot(path=path)
        for viewport in PHONES:
            page.set_viewport_size(viewport)
            page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
            expect(page.locator(".lk-path-taken li").first).to_contain_text(label)
            assert_no_sideways_scroll(page, f"one-screen path {position} at {viewport}")


OPTIONS = """() => [...document.querySelectorAll('.lk-stage__form .lk-option')].map((option) => {
    const box = option.querySelector('input').getBoundingClientRect();
    const label = option.querySelector('.lk-option__label');
    return {width: box.width, height: box.height, text: parseFloat(getComputedStyle(label).fontSize)};
})"""
FOCUS_RING = """() => {
    const option = document.activeElement.closest('.lk-option');
    const style = getComputedStyle(option);
    return {focused: document.activeElement.matches(':focus-visible'), style: style.outlineStyle,
            width: parseFloat(style.outlineWidth)};
}"""


def sample_positions(session):
    """The demo questions whose options test the boxes hardest, not all 72 (each is a page load, and under a
    busy suite 72 of them ran into the browser's timeout): the three with the most option text, the first
    multiple-choice question (check boxes), the first decision path and the question with the least text."""
    snapshots = {n: session.question_at(n) for n in range(1, len(session.questions) + 1)}

    def option_text(n):
        question = snapshots[n]
        choices = question.steps[0]["choices"] if question.is_path else question.choices
        return sum(len(choice["text"]) for choice in choices)

    by_text = sorted(snapshots, key=option_text)
    picked = set(by_text[-3:]) | {by_text[0]}
    picked |= {next((n for n, q in snapshots.items() if q.is_multiple), 1)}
    picked |= {next((n for n, q in snapshots.items() if q.is_path), 1)}
    return sorted(picked)


def test_the_teams_answer_boxes_are_as_big_as_the_answers(page, live_server, facilitator):
    """In one-screen mode at 1920×1080 the radio (or check box) before each answer is about as big as the
    answer's text (on the hardest demo questions, `sample_positions`): at least 24 px and nine tenths of the
    text's size (it was 19 px beside 32 px text); a keyboard focus on it still draws the option's focus ring,
    and the slide fits the screen."""
    quiz = demo_quiz()
    log_in(page, live_server, facilitator.email)
    page.set_viewport_size(FULL_HD)
    session = sessions.start_session(facilitator, quiz, "Eén scherm team", mode=TeamSession.Mode.ONE_SCREEN)
    sessions.open_first_question(session)
    for position in sample_positions(session):
        TeamSession.objects.filter(pk=session.pk).update(position=position)
        what = f"one-screen question {position} at 1920×1080"
        page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
        page.wait_for_load_state("load")
        options = page.evaluate(OPTIONS)
        assert options, what
        for option in options:
            assert option["width"] >= max(24, 0.9 * option["text"]) - 0.5, (what, option)
            assert abs(option["height"] - option["width"]) < 1, (what, option)
        page.locator(".lk-stage__form .lk-option input").first.focus()
        ring = page.evaluate(FOCUS_RING)
        assert ring["focused"] and ring["style"] != "none" and ring["width"] >= 3, (what, ring)
        assert page.evaluate(BAR_BOTTOM) <= FULL_HD["height"], what
        assert_fits(page, what)
        if os.environ.get("LK_SHOTS"):
            page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], f"one-screen-options-{position}.png"))
