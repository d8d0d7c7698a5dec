"""The big screen as a presentation (sizes measured at 1920×1080 and 1280×720), driven by keyboard shortcuts,
and the phone pages at 360×740."""

from django.utils.html import strip_tags

from playwright.sync_api import expect

from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions import services as sessions
from team_sessions.models import TeamSession

from .conftest import demo_quiz, log_in

FULL_HD = {"width": 1920, "height": 1080}
BEAMER = {"width": 1280, "height": 720}

COMPUTED = """(selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return {font: parseFloat(getComputedStyle(el).fontSize), height: box.height, visible: box.height > 0};
}"""
FITS = """() => ({
    height: document.documentElement.scrollHeight, viewport: window.innerHeight,
    width: document.documentElement.scrollWidth, viewportWidth: window.innerWidth,
})"""


def size(page, selector):
    found = page.evaluate(COMPUTED, selector)
    assert found and found["visible"], f"{selector} is not on the screen"
    return found


def assert_fits(page, what):
    box = page.evaluate(FITS)
    assert box["height"] <= box["viewport"], f"{what}: {box['height']} px tall in a {box['viewport']} px screen"
    assert box["width"] <= box["viewportWidth"], f"{what}: {box['width']} px wide in {box['viewportWidth']} px"


def assert_no_sideways_scroll(page, what):
    box = page.evaluate(FITS)
    assert box["width"] <= box["viewportWidth"], f"{what}: {box['width']} px wide in {box['viewportWidth']} px"


def assert_no_site_chrome(page):
    assert page.locator("header, footer, nav").count() == 0
    assert page.get_by_text("Uitloggen").count() == 0
    assert page.get_by_role("link", name="Inloggen").count() == 0


def visible_reveal_length(question):
    """Characters the reveal shows unfolded: each option or end with its feedback (folded after 90) and
    the discussion prompts."""
    if question.is_path:
        rows = [c for step in question.steps for c in step["choices"] if not c.get("next_step")]
        feedback = [c.get("end_explanation") or c["feedback"] for c in rows]
    else:
        rows = question.choices
        feedback = [c["feedback"] for c in rows]
    return (
        sum(len(c["text"]) + 40 for c in rows)
        + sum(min(len(f), 90) for f in feedback)
        + sum(len(p) for p in question.data.get("discussion_prompts") or [])
        + len(strip_tags(question.prompt or ""))
    )


def goto_position(session, position):
    """Move the session (by the service, as the buttons do) to the question screen at `position`."""
    sessions.open_first_question(session)
    for current in range(1, position):
        sessions.reveal(session, current)
        sessions.next_question(session, current)
    session.refresh_from_db()


def test_presenter_is_a_presentation_at_full_hd_and_on_a_beamer(page, live_server, facilitator):
    """Lobby, question and reveal of the longest demo questions at 1920×1080 and 1280×720: big type, no site
    menu or footer, and the reveal fits the screen without scrolling."""
    quiz = demo_quiz()
    session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    for name in ("Sam", "Noor", "Jesse"):
        sessions.join(session, display_name=name)
    snapshots = [session.question_at(n) for n in range(1, len(session.questions) + 1)]
    paths = [n for n, q in enumerate(snapshots, start=1) if q.is_path]
    others = [n for n, q in enumerate(snapshots, start=1) if not q.is_path]
    longest = {max(group, key=lambda n: visible_reveal_length(snapshots[n - 1])) for group in (paths, others) if group}

    log_in(page, live_server, facilitator.email)
    url = f"{live_server.url}/teamsessie/{session.uuid}/"
    for viewport in (FULL_HD, BEAMER):
        scale = viewport["height"] / 1080
        page.set_viewport_size(viewport)
        page.goto(url)
        assert_no_site_chrome(page)
        assert size(page, ".lk-join-code")["font"] >= 96 * scale
        assert size(page, ".lk-join-url")["font"] >= 40 * scale
        assert size(page, "svg.lk-qr")["height"] >= viewport["height"] / 3
        expect(page.get_by_text("3 deelnemers doen mee")).to_be_visible()
        assert_fits(page, f"lobby at {viewport}")

    for position in sorted(longest):
        TeamSession.objects.filter(pk=session.pk).update(stage=TeamSession.Stage.LOBBY, position=0)
        session.refresh_from_db()
        goto_position(session, position)
        for viewport in (FULL_HD, BEAMER):
            scale = viewport["height"] / 1080
            page.set_viewport_size(viewport)
            page.goto(url)
            expect(page.get_by_role("heading", name=f"Vraag {position} van")).to_be_visible()
            assert_no_site_chrome(page)
            assert size(page, ".lk-question-text")["font"] >= 40 * scale - 0.5
            assert size(page, ".lk-options li")["font"] >= 32 * scale - 0.5
        sessions.reveal(session, position)
        for viewport in (FULL_HD, BEAMER):
            page.set_viewport_size(viewport)
            page.goto(url)
            expect(page.locator(".lk-distribution")).to_be_visible()
            assert_no_site_chrome(page)
            assert_fits(page, f"reveal of question {position} at {viewport}")
            expect(page.locator(".lk-discussion")).to_be_in_viewport(ratio=1)


def test_a_whole_session_by_keyboard_shortcuts(page, live_server, facilitator, catalogue):
    """A clicker's keys alone run the session: PageDown starts, reveals and moves on, PageUp/← are 'back' when
    there is a back button, and the last PageDown goes to ending the session."""
    questions = [QuestionFactory(title=f"Situatie {n}") for n in (1, 2)]
    quiz = QuizPageFactory(parent=catalogue.school, questions=questions, pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    sessions.join(session, display_name="Sam")
    page.set_viewport_size(FULL_HD)
    log_in(page, live_server, facilitator.email)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    expect(page.get_by_text("PageDown")).to_be_visible()  # the shortcuts are listed on screen

    page.keyboard.press("PageDown")
    expect(page.get_by_role("heading", name="Vraag 1 van 2")).to_be_visible()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("heading", name="Zo antwoordde de groep (0 antwoorden)")).to_be_visible()
    page.keyboard.press(" ")
    expect(page.get_by_role("heading", name="Vraag 2 van 2")).to_be_visible()
    if page.locator('button[name="action"][value="back"]').count():
        page.keyboard.press("PageUp")
        expect(page.locator("h1")).to_contain_text("Vraag 1 van 2")
        heading = page.locator("h1")
        for _ in range(3):
            shown = heading.inner_text()
            if shown.strip() == "Vraag 2 van 2":
                break
            page.keyboard.press("PageDown")
            # The next screen, not the one still loaded: one step a key (compared as `inner_text` read it).
            expect(heading).not_to_have_text(shown, use_inner_text=True)
        expect(page.get_by_role("heading", name="Vraag 2 van 2", exact=True)).to_be_visible()
    page.keyboard.press("PageDown")
    expect(page.get_by_role("heading", name="Vraag 2 van 2 · de antwoorden")).to_be_visible()
    page.keyboard.press("PageDown")
    expect(page.get_by_role("heading", name="Sessie afronden")).to_be_visible()
    session.refresh_from_db()
    assert session.stage == TeamSession.Stage.REVEALED and session.position == 2


def test_phone_pages_fit_a_small_phone(page, live_server, facilitator, catalogue):
    """At 360×740: the code field is the first stop after the skip link, no site menu, and the join, question
    (with its button), feedback and end pages never scroll sideways; a typical question needs no scrolling."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Situatie 1")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/doe-mee/")
    assert_no_site_chrome(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Naar de inhoud"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "code"
    assert_fits(page, "join lookup")
    page.keyboard.type(session.display_code)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Meedoen")).to_be_visible()
    assert_no_site_chrome(page)
    assert_no_sideways_scroll(page, "join")
    page.get_by_label("Je naam in deze sessie").fill("Sam")
    page.get_by_role("button", name="Doe mee").click()
    expect(page.get_by_role("heading", name="Welkom, Sam")).to_be_visible()

    sessions.open_first_question(session)
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible(timeout=5_000)
    assert_no_site_chrome(page)
    assert_fits(page, "question")
    expect(page.get_by_role("button", name="Antwoord geven")).to_be_in_viewport(ratio=1)
    # Nothing looks like an error before the participant answers: no option is :invalid (Utrecht's red ring).
    assert (
        page.evaluate("[...document.querySelectorAll('input[name=choice]')].some(i => i.matches(':invalid'))") is False
    )
    page.get_by_label("Ik schrijf op wat ik zie en overleg").check()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_text("Je antwoord is ontvangen")).to_be_visible()

    sessions.reveal(session, 1)
    expect(page.get_by_role("heading", name="Feedback")).to_be_visible(timeout=5_000)
    assert_no_sideways_scroll(page, "feedback")

    session.refresh_from_db()
    sessions.end_session(session)
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    expect(page.get_by_role("heading", name="De sessie is afgelopen")).to_be_visible()
    assert_no_sideways_scroll(page, "end")
    gaps = page.evaluate(
        """() => { const parts = [...document.querySelectorAll('.lk-phone-end > *')];
        const box = (part) => part.getBoundingClientRect();
        return parts.slice(1).map((part, i) => box(part).top - box(parts[i]).bottom); }"""
    )
    assert len(gaps) >= 3 and min(gaps) >= 8, gaps  # the score, the result and the link do not run together


def test_a_short_question_fills_a_beamer_and_only_working_keys_are_listed(page, live_server, facilitator, catalogue):
    """At 1280×720 a short question grows to fill the screen without scrolling (a slide, not a page); the end
    and summary screens list no forward key, because none works there."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Kort")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    sessions.join(session, display_name="Sam")
    sessions.open_first_question(session)
    page.set_viewport_size(BEAMER)
    log_in(page, live_server, facilitator.email)
    url = f"{live_server.url}/teamsessie/{session.uuid}/"
    page.goto(url)
    page.wait_for_load_state("load")
    base = 720 * 0.01875  # the stage's base size at 720 px high (static/css/team-session.css)
    assert size(page, ".lk-question-text")["font"] >= 2 * base * 1.2  # grown at least a fifth
    assert_fits(page, "a short question at 1280×720")
    expect(page.locator('[data-key-hint="next"]')).to_be_visible()

    page.goto(f"{url}afronden/")
    expect(page.locator('[data-key-hint="next"]')).to_be_hidden()
    expect(page.locator('[data-key-hint="back"]')).to_be_visible()  # ← goes back to the session
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("heading", name="Vraag 1 van 1")).to_be_visible()


def test_one_screen_answer_form_and_its_error_are_sized_for_the_projector(page, live_server, facilitator, catalogue):
    """One-screen mode at 1920×1080: the team's options use more than half the screen's width (they filled 40 %
    in the site's 46rem), and "Dit is ons antwoord" without a choice shows its error in the stage's size, not
    in 16 px."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Kort")], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team mentoren", mode=TeamSession.Mode.ONE_SCREEN)
    sessions.open_first_question(session)
    page.set_viewport_size(FULL_HD)
    log_in(page, live_server, facilitator.email)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/")
    assert page.locator(".lk-stage__form .lk-option").first.bounding_box()["width"] >= FULL_HD["width"] / 2
    page.get_by_role("button", name="Dit is ons antwoord").click()
    expect(page.locator(".lk-stage__form .lk-form-errors")).to_be_visible()
    assert size(page, ".lk-stage__form .lk-form-errors")["font"] >= 24
    assert_no_sideways_scroll(page, "the team's answer with an error")
