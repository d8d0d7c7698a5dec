"""The presenter screens the tester found too small or scrolling, measured in a browser: the reveal, the
one-screen question and the summary read as slides at 1920×1080 and 1280×720 and fit without scrolling; the
lobby on a facilitator's phone shows no keyboard hints and breaks the address only before a "/"."""

from playwright.sync_api import expect

from quizzes.factories import QuizPageFactory
from team_sessions import services as sessions
from team_sessions.models import TeamSession

from .conftest import demo_quiz, log_in
from .test_presenter import BEAMER, FULL_HD, assert_fits, assert_no_sideways_scroll, goto_position, size

PHONES = ({"width": 390, "height": 844}, {"width": 320, "height": 640})


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


def test_the_summary_is_a_slide_and_reads_on_a_phone(page, live_server, facilitator, catalogue):
    """The summary of 14 questions with long titles: at 1920×1080 and 1280×720 (also with the 'afgerond'
    message) it fits without scrolling, the figures and the questions missed most large; the table per
    question is folded away; at 390 and 320 px wide nothing scrolls sideways, also with everything open."""
    from django.http import QueryDict

    from quizzes.factories import QuestionFactory
    from tests.test_team_sessions import wrong_key

    titles = [f"Situatie {n}: een lange titel over een leerling, een ouder en de meldcode op school" for n in range(14)]
    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title=t) for t in titles])
    session = sessions.start_session(facilitator, quiz, "Team mentoren, Het Baken")
    people = [sessions.join(session, display_name=name)[0] for name in ("Sam", "Noor", "Jesse", "Anna")]
    sessions.open_first_question(session)
    for position in range(1, 15):
        session.refresh_from_db()
        for person in people[: 1 + position % 4]:
            data = QueryDict(mutable=True)
            data.update({"position": str(position), "choice": wrong_key(session.questions[position - 1])})
            sessions.answer(session, person, position, data)
        sessions.reveal(session, position)
        if position < 14:
            sessions.next_question(session, position)

    log_in(page, live_server, facilitator.email)
    page.set_viewport_size(BEAMER)
    page.goto(f"{live_server.url}/teamsessie/{session.uuid}/afronden/")
    page.get_by_role("button", name="Sessie afronden").click()
    expect(page.get_by_role("heading", name="Samenvatting van de sessie")).to_be_visible()
    expect(page.get_by_text("De sessie is afgerond.")).to_be_visible()
    for viewport in (BEAMER, FULL_HD):
        if viewport is FULL_HD:
            page.set_viewport_size(viewport)
            page.reload()
        scale = viewport["height"] / 1080
        what = f"summary at {viewport}"
        assert_fits(page, what)
        assert size(page, ".lk-missed li")["font"] >= 32 * scale - 0.5, what
        assert size(page, ".lk-summary-fact dd")["font"] >= 40 * scale - 0.5, what
        expect(page.get_by_role("heading", name="Vaakst gemist")).to_be_in_viewport(ratio=1)
        expect(page.locator(".lk-missed li").last).to_be_in_viewport(ratio=1)
        expect(page.get_by_role("cell", name=titles[0])).to_be_hidden()  # the table is folded
    page.locator(".lk-per-question > summary").click()
    expect(page.get_by_role("cell", name=titles[0])).to_be_visible()
    assert size(page, ".lk-per-question .lk-table")["font"] >= 20  # the details stay readable
    assert_no_sideways_scroll(page, "summary with the table open at 1920×1080")
    for viewport in PHONES:
        page.set_viewport_size(viewport)
        page.goto(f"{live_server.url}/teamsessie/{session.uuid}/samenvatting/?deelnemers=1")
        for folded in page.locator("details:not([open]) > summary").all():
            folded.click()
        assert_no_sideways_scroll(page, f"summary at {viewport}")
        assert size(page, ".lk-missed li")["font"] >= 16


PART_LINES = """() => [...document.querySelectorAll('.lk-join-url__part')].map((part) => ({
    text: part.textContent, lines: new Set([...part.getClientRects()].map((r) => Math.round(r.top))).size,
    right: part.getBoundingClientRect().right,
}))"""


def test_the_lobby_on_a_facilitators_phone(browser, live_server, facilitator, catalogue):
    """At 390×844 (and 320) the lobby shows no keyboard hints or fullscreen button, and the join address
    breaks only between its pieces ("…/" "doe-mee/"), never inside one; on a touch tablet the hints are gone
    too; at 1920×1080 with a mouse they are there."""
    from quizzes.factories import QuestionFactory

    quiz = QuizPageFactory(parent=catalogue.school, questions=[QuestionFactory(title="Kort")])
    session = sessions.start_session(facilitator, quiz, "Team mentoren")
    url = f"{live_server.url}/teamsessie/{session.uuid}/"
    contexts = [
        ({"width": 390, "height": 844}, {"has_touch": True, "is_mobile": True}),
        ({"width": 320, "height": 640}, {}),
        ({"width": 1024, "height": 768}, {"has_touch": True, "is_mobile": True}),
        (FULL_HD, {}),
    ]
    for viewport, touch in contexts:
        context = browser.new_context(viewport=viewport, **touch)
        page = context.new_page()
        log_in(page, live_server, facilitator.email)
        page.goto(url)
        expect(page.get_by_role("heading", name="Doe mee op je telefoon")).to_be_visible()
        what = f"lobby at {viewport} {touch}"
        if viewport is FULL_HD:
            expect(page.get_by_text("PageDown")).to_be_visible()
            expect(page.get_by_role("button", name="Volledig scherm")).to_be_visible()
        else:
            expect(page.get_by_text("PageDown")).to_be_hidden()
            expect(page.locator(".lk-keys")).to_be_hidden()
            expect(page.get_by_role("button", name="Volledig scherm")).to_be_hidden()
        parts = page.evaluate(PART_LINES)
        assert "".join(part["text"] for part in parts) == f"{live_server.url}/doe-mee/", what
        assert parts[-1]["text"] == "/doe-mee/" and all(part["lines"] == 1 for part in parts), (what, parts)
        assert all(part["right"] <= viewport["width"] for part in parts), (what, parts)
        assert_no_sideways_scroll(page, what)
        context.close()


def test_latecomers_read_the_code_on_the_question_and_the_reveal(page, live_server, facilitator):
    """Once started, the way in for latecomers stays on the big screen: the code at least 26 px at 1920×1080
    (the line around it at least 20 px) on the question and on its reveal, which still fit without scrolling;
    on a phone nothing scrolls sideways."""
    session = sessions.start_session(facilitator, demo_quiz(), "Team mentoren, Het Baken")
    log_in(page, live_server, facilitator.email)
    url = f"{live_server.url}/teamsessie/{session.uuid}/"
    sessions.open_first_question(session)
    for stage in ("question", "reveal"):
        if stage == "reveal":
            sessions.reveal(session, 1)
        page.set_viewport_size(FULL_HD)
        page.goto(url)
        expect(page.locator(".lk-stage__late-join")).to_contain_text(f"code {session.display_code}")
        assert_fits(page, f"the {stage} with the latecomers' line")
        assert size(page, ".lk-stage__late-join strong")["font"] >= 26, stage
        assert size(page, ".lk-stage__late-join")["font"] >= 20, stage
        for viewport in PHONES:
            page.set_viewport_size(viewport)
            page.goto(url)
            assert_no_sideways_scroll(page, f"the {stage} at {viewport}")
