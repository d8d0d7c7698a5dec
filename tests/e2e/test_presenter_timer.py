"""The presenter's timer in a browser at 1920×1080: the control bar follows a timer started or stopped in
another tab, and the slide keeps its bar on the screen in every state the status poll brings (timer running,
"De tijd is om"), with the longest demo questions."""

import os
import re
from datetime import timedelta

from django.utils import timezone
from django.utils.html import strip_tags

from playwright.sync_api import expect

from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions import services as sessions
from team_sessions.models import TeamSession

from .conftest import demo_quiz, log_in
from .test_presenter import BEAMER, FULL_HD, assert_fits, assert_no_sideways_scroll, goto_position

BAR_BOTTOM = "() => document.querySelector('.lk-stage-bar').getBoundingClientRect().bottom"


def assert_one_slide(page, viewport, what):
    """The bar at the bottom is wholly on the screen and nothing scrolls."""
    assert page.evaluate(BAR_BOTTOM) <= viewport["height"], f"{what}: the bar ends below the screen"
    assert_fits(page, what)
    if os.environ.get("LK_SHOTS"):
        name = re.sub(r"[^a-z0-9]+", "-", what.lower()).strip("-")
        page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], f"{name}.png"))


def question_screen_length(question):
    """Characters the question screen shows: the situation, the prompt and the options (a path: its first
    step)."""
    text = strip_tags(question.data.get("scenario") or "") + strip_tags(question.prompt or "")
    if question.is_path:
        first = question.steps[0]
        text += strip_tags(first.get("scenario") or "") + "".join(c["text"] for c in first["choices"])
    else:
        text += "".join(c["text"] for c in question.choices)
    return len(text)


def longest_questions(session):
    """The positions of the decision path and of the other question with the most text on the question
    screen."""
    snapshots = [session.question_at(n) for n in range(1, len(session.questions) + 1)]
    groups = (
        [n for n, q in enumerate(snapshots, start=1) if q.is_path],
        [n for n, q in enumerate(snapshots, start=1) if not q.is_path],
    )
    return sorted({max(g, key=lambda n: question_screen_length(snapshots[n - 1])) for g in groups if g})


def test_time_up_by_the_poll_keeps_the_bar_on_the_screen(page, live_server, facilitator):
    """The longest demo questions at 1920×1080 and 1280×720, opened before the timer: when the status poll
    brings "Nog … seconden" and then "De tijd is om", the control bar still ends on the screen and nothing
    scrolls; so do the reveal and the summary."""
    quiz = demo_quiz()
    log_in(page, live_server, facilitator.email)
    positions = longest_questions(sessions.start_session(facilitator, quiz, "Team"))
    for viewport in (FULL_HD, BEAMER):
        for position in positions:
            session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
            for name in ("Sam", "Noor", "Jesse"):
                sessions.join(session, display_name=name)
            goto_position(session, position)
            what = f"question {position} at {viewport['width']}"
            page.set_viewport_size(viewport)
            page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
            page.wait_for_load_state("load")
            assert_one_slide(page, viewport, what)

            sessions.start_timer(session, position, 60)  # as the facilitator's laptop tab does
            expect(page.locator(".lk-timer")).to_have_text(re.compile(r"Nog \d+ seconden"), timeout=4_000)
            page.wait_for_timeout(300)  # the status block settles before it is measured
            assert_one_slide(page, viewport, f"{what}, timer running")

            TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
            expect(page.locator(".lk-timer")).to_have_text("De tijd is om", timeout=4_000)
            page.wait_for_timeout(300)
            assert_one_slide(page, viewport, f"{what}, time up")

            session.refresh_from_db()
            sessions.reveal(session, position)
            expect(page.locator(".lk-distribution")).to_be_visible(timeout=4_000)
            page.wait_for_load_state("load")
            assert_one_slide(page, viewport, f"{what}, revealed")

        session.refresh_from_db()
        sessions.end_session(session)
        page.goto(f"{live_server.url}/teamsessie/{session.uuid}/samenvatting/")
        assert_one_slide(page, viewport, f"summary at {viewport['width']}")


def test_the_bar_follows_a_timer_started_in_another_tab(page, live_server, facilitator, catalogue):
    """The projector's tab shows "Start de tijd"; the facilitator starts the timer on the laptop: within two
    polls the projector's bar offers "Tijd stoppen" and "Opnieuw starten" instead, and "Tijd stoppen" there
    stops it. Stopped on the laptop, the projector's bar offers "Start de tijd" again."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    sessions.join(session, display_name="Sam")
    sessions.open_first_question(session)
    page.set_viewport_size(FULL_HD)
    log_in(page, live_server, facilitator.email)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    bar = page.get_by_role("complementary", name="Bediening")
    expect(bar.get_by_role("button", name="Start de tijd")).to_be_visible()

    session.refresh_from_db()
    sessions.start_timer(session, 1, 90)  # on the laptop
    expect(page.locator(".lk-timer")).to_have_text(re.compile(r"Nog \d+ seconden"), timeout=4_000)
    expect(bar.get_by_role("button", name="Start de tijd")).to_have_count(0, timeout=3_000)
    expect(bar.get_by_role("button", name="Tijd stoppen")).to_be_visible()
    expect(bar.get_by_role("button", name="Opnieuw starten")).to_be_visible()

    sessions.stop_timer(session, 1)  # stopped on the laptop again
    expect(page.locator(".lk-timer")).to_have_count(0, timeout=4_000)
    expect(bar.get_by_role("button", name="Start de tijd")).to_be_visible(timeout=3_000)
    expect(bar.get_by_role("button", name="Tijd stoppen")).to_have_count(0)

    sessions.start_timer(session, 1, 30)
    expect(bar.get_by_role("button", name="Tijd stoppen")).to_be_visible(timeout=4_000)
    bar.get_by_role("button", name="Tijd stoppen").click()  # the projector's own button works after the swap
    expect(bar.get_by_role("button", name="Start de tijd")).to_be_visible()
    session.refresh_from_db()
    assert session.timer_ends_at is None


def test_time_up_takes_tijd_stoppen_away_and_the_focus_goes_to_restart(page, live_server, facilitator, catalogue):
    """A keyboard user on "Tijd stoppen" when the time runs out: the poll takes that button away, the focus
    moves to "Opnieuw starten" (not to the top of the page), the duration stays offered, and the bar still
    ends within 1080 px at 1920×1080. A reload shows the same bar."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    sessions.join(session, display_name="Sam")
    sessions.open_first_question(session)
    sessions.start_timer(session, 1, 90)
    page.set_viewport_size(FULL_HD)
    log_in(page, live_server, facilitator.email)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    bar = page.get_by_role("complementary", name="Bediening")
    bar.get_by_role("button", name="Tijd stoppen").focus()

    TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
    expect(page.locator(".lk-timer")).to_have_text("De tijd is om", timeout=4_000)
    expect(bar.get_by_role("button", name="Tijd stoppen")).to_have_count(0, timeout=3_000)
    restart = bar.get_by_role("button", name="Opnieuw starten")
    expect(restart).to_be_visible()
    expect(restart).to_be_focused(timeout=2_000)
    expect(bar.get_by_role("button", name="Start de tijd")).to_have_count(0)
    expect(bar.get_by_label("Tijd voor deze vraag")).to_have_value("90")
    page.wait_for_timeout(300)
    assert_one_slide(page, FULL_HD, "time up, after the poll")

    page.reload()
    expect(bar.get_by_role("button", name="Opnieuw starten")).to_be_visible()
    expect(bar.get_by_role("button", name="Tijd stoppen")).to_have_count(0)
    assert_one_slide(page, FULL_HD, "time up, on load")

    restart.focus()
    page.keyboard.press("Enter")  # starts the 90 seconds again
    expect(page.locator(".lk-timer")).to_have_text(re.compile(r"Nog (89|90) seconden"), timeout=4_000)
    expect(bar.get_by_role("button", name="Tijd stoppen")).to_be_visible()


def test_a_second_browser_offers_the_duration_last_started(page, browser, live_server, facilitator, catalogue):
    """The laptop starts 120 seconds: the projector, a browser of its own, offers 120 seconds after its poll
    and after a reload, not 60."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    sessions.open_first_question(session)
    page.set_viewport_size(FULL_HD)
    log_in(page, live_server, facilitator.email)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    duration = page.get_by_label("Tijd voor deze vraag")
    expect(duration).to_have_value("60")

    laptop = browser.new_context(viewport=FULL_HD)
    try:
        other = laptop.new_page()
        log_in(other, live_server, facilitator.email)
        other.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
        other.get_by_label("Tijd voor deze vraag").select_option("120")
        other.get_by_role("button", name="Start de tijd").click()
        expect(other.locator(".lk-timer")).to_have_text(re.compile(r"Nog \d+ seconden"))
    finally:
        laptop.close()

    expect(duration).to_have_value("120", timeout=4_000)
    page.reload()
    expect(page.get_by_label("Tijd voor deze vraag")).to_have_value("120")


def test_the_reveal_of_the_demo_path_shows_the_phones_that_stopped_part_way(page, live_server, facilitator):
    """The demo's decision path revealed while two of five phones are still part-way: "Niet af: 2 stopten na
    stap 1 (40%)" is on the slide, which still fits 1920×1080 and 1280×720 with its bar, and at 390×844 (the
    presenter opened on a phone) nothing scrolls sideways."""
    quiz = demo_quiz()
    log_in(page, live_server, facilitator.email)
    session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    position = next(n for n in range(1, len(session.questions) + 1) if session.question_at(n).is_path)
    goto_position(session, position)
    question = session.question_at(position)
    route = question.best_route()
    for number in range(5):
        participant, _seat = sessions.join(session, display_name=f"Telefoon {number}")
        taken = route if number < 3 else route[:1]  # two phones stop after step 1
        for step, choice in taken:
            sessions.answer(session, participant, position, {"step": step["key"], "choice": choice["key"]})
    sessions.reveal(session, position)
    for viewport in (FULL_HD, BEAMER, {"width": 390, "height": 844}):
        page.set_viewport_size(viewport)
        page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
        page.wait_for_load_state("load")
        line = page.locator(".lk-distribution__unfinished")
        expect(line).to_have_text("Niet af: 2 stopten na stap 1 (40%)")
        expect(line).to_be_visible()
        expect(page.get_by_role("heading", name="Zo antwoordde de groep (5 antwoorden)")).to_be_visible()
        if viewport["width"] >= 1280:
            assert_one_slide(page, viewport, f"path reveal, part-way phones, at {viewport['width']}")
        else:
            assert_no_sideways_scroll(page, "path reveal at 390")
            if os.environ.get("LK_SHOTS"):
                page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], "path-reveal-390.png"), full_page=True)


def test_phones_still_on_the_demo_path_are_named_on_the_slide_and_it_still_fits(page, live_server, facilitator):
    """The demo's decision path open, two of five phones part-way: the presenter says "2 zijn nog onderweg in
    het pad …" before anyone reveals, and the question slide keeps its bar on 1920×1080 and 1280×720 with that
    line and a running timer."""
    quiz = demo_quiz()
    log_in(page, live_server, facilitator.email)
    session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    position = next(n for n in range(1, len(session.questions) + 1) if session.question_at(n).is_path)
    goto_position(session, position)
    sessions.start_timer(session, position, 60)
    session.refresh_from_db()
    route = session.question_at(position).best_route()
    for number in range(5):
        participant, _seat = sessions.join(session, display_name=f"Telefoon {number}")
        for step, choice in route if number < 3 else route[:1]:
            sessions.answer(session, participant, position, {"step": step["key"], "choice": choice["key"]})
    for viewport in (FULL_HD, BEAMER):
        page.set_viewport_size(viewport)
        page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
        page.wait_for_load_state("load")
        line = page.locator(".lk-walking")
        expect(line).to_have_text(
            "2 zijn nog onderweg in het pad. Toon je nu de antwoorden, dan tellen die antwoorden als fout."
        )
        expect(line).to_be_visible()
        expect(page.get_by_text("3 van 5 hebben geantwoord")).to_be_visible()
        assert_one_slide(page, viewport, f"path question, part-way phones, at {viewport['width']}")
