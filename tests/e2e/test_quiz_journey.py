from datetime import timedelta

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory
from courses.factories import LessonPageFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt

from .conftest import choose_by_keyboard, log_in, tab_to

RIGHT = "Ik schrijf op wat ik zie en overleg"
WRONG = "Ik spreek de huisbaas aan"


@pytest.fixture
def quiz(transactional_db, catalogue):
    LessonPageFactory(
        parent=catalogue.social,
        title="Signalen bij wonen",
        body=[
            {
                "type": "signal_list",
                "value": {
                    "title": "Wonen",
                    "intro": "",
                    "groups": [{"category": "housing", "signals": ["Overbewoning"]}],
                },
            }
        ],
    )
    questions = [QuestionFactory(title=f"Vraag {n}") for n in (1, 2)]
    return QuizPageFactory(parent=catalogue.social, questions=questions, cooldown_minutes=30)


def answer(page, label, assert_accessible=None):
    choose_by_keyboard(page, label)
    tab_to(page, "Antwoord geven")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Feedback op je antwoord")).to_be_visible()
    if assert_accessible:
        assert_accessible(page)


def test_fail_revisit_wait_retry_and_pass_by_keyboard(page, live_server, quiz, audiences, assert_accessible):
    """A learner fails by keyboard, sees what to revisit, waits out the cool-down and passes on the retry."""
    learner = UserFactory(email="toets@example.org", team=audiences.social)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    assert_accessible(page)
    tab_to(page, "Start de toets")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 1 van 2")
    expect(page.get_by_role("group", name="Wat doe je?")).to_be_visible()
    assert_accessible(page)
    answer(page, WRONG, assert_accessible)
    expect(page.get_by_text("Uitleg bij: " + WRONG)).to_be_visible()
    tab_to(page, "Volgende vraag")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 2 van 2")
    answer(page, WRONG)
    tab_to(page, "Bekijk je resultaat")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Je bent nog niet geslaagd.")).to_be_visible()
    retry = page.get_by_role("region", name="Opnieuw proberen")
    expect(retry.get_by_role("link", name="Signalen bij wonen")).to_be_visible()
    expect(page.get_by_text("Je kunt het opnieuw proberen vanaf")).to_be_visible()
    assert_accessible(page)

    # Move time on: the cool-down of 30 minutes has passed.
    attempt = Attempt.objects.get(user=learner)
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=attempt.submitted_at - timedelta(minutes=31))
    page.reload()
    tab_to(page, "Probeer het opnieuw")
    page.keyboard.press("Enter")
    for number in (1, 2):
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Vraag {number} van 2")
        answer(page, RIGHT)
        tab_to(page, "Volgende vraag" if number == 1 else "Bekijk je resultaat")
        page.keyboard.press("Enter")
    expect(page.get_by_text("Je bent geslaagd.")).to_be_visible()
    expect(page.get_by_text("Je score: 100%")).to_be_visible()
    assert_accessible(page)
    assert list(Attempt.objects.filter(user=learner).order_by("number").values_list("passed", flat=True)) == [
        False,
        True,
    ]


def test_closing_the_browser_mid_quiz_loses_nothing(browser, live_server, quiz, audiences):
    """Answer one question, close the browser context, log in again: the quiz resumes at question 2."""
    learner = UserFactory(email="pauze@example.org", team=audiences.social)
    context = browser.new_context()
    first = context.new_page()
    log_in(first, live_server, learner.email)
    first.goto(live_server.url + quiz.url)
    first.get_by_role("button", name="Start de toets").click()
    first.get_by_label(RIGHT).check()
    first.get_by_role("button", name="Antwoord geven").click()
    context.close()

    second = browser.new_context().new_page()
    log_in(second, live_server, learner.email)
    second.goto(live_server.url + quiz.url)
    second.get_by_role("link", name="Ga verder met de toets").click()
    expect(second.get_by_role("heading", level=1)).to_have_text("Vraag 2 van 2")


RED_BORDERS = """() => [...document.querySelectorAll("input[name=choice]")].filter((input) => {
    const style = getComputedStyle(input);
    const [r, g, b] = (style.borderTopColor.match(/\\d+/g) || [0, 0, 0]).map(Number);
    return r > 150 && g < 100 && b < 100;
}).length"""


def test_options_look_neutral_until_an_empty_submit_moves_focus_to_the_summary(page, live_server, quiz, audiences):
    """No option has a red border before the first submit; an empty submit focuses an error summary linking to them."""
    learner = UserFactory(email="leeg@example.org", team=audiences.social)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 1 van 2")
    assert page.evaluate(RED_BORDERS) == 0
    assert page.locator("input[name=choice]:invalid").count() == 0

    page.get_by_role("button", name="Antwoord geven").click()
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Kies een antwoord.")
    summary.get_by_role("link").click()
    assert page.evaluate("document.activeElement.name") == "choice"


def test_back_after_a_step_of_a_decision_path_leaves_the_next_step_unchosen(page, live_server, catalogue, audiences):
    """A decision path shows its next step at the same address with the same field names: after Back, the
    browser must not tick the option chosen for the step before (one tap would store a choice never made).
    The feedback on a step keeps that step's situation."""
    from quizzes.factories import PathQuestionFactory

    quiz = QuizPageFactory(parent=catalogue.social, slug="pad", questions=[PathQuestionFactory(title="Het pad")])
    learner = UserFactory(email="terug@example.org", team=audiences.social)
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    page.get_by_label("Apart gaan praten").check()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_label("Met een onafhankelijke tolk")).to_be_visible()
    # The feedback keeps the situation of the step just answered beside the choice made in it.
    expect(page.locator("#feedback")).to_contain_text("Je staat in de gang.")
    expect(page.locator("#feedback")).to_contain_text("Apart gaan praten")
    page.go_back()
    expect(page.get_by_label("Met een onafhankelijke tolk")).to_be_visible()
    assert page.locator("input[name=choice]:checked").count() == 0


GREEN, RED, GREY = "rgb(30, 123, 52)", "rgb(179, 38, 30)", "rgb(107, 119, 125)"


def test_single_choice_feedback_colours_the_right_answer_green(page, live_server, quiz, audiences):
    """After a wrong pick on a phone, the right answer has a green bar and a green badge, the pick a red one, and
    the wrong option nobody picked a grey one: no green beside an answer that is wrong."""
    learner = UserFactory(email="kleur@example.org", team=audiences.social)
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    page.get_by_label(WRONG).check()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_text("Je antwoord is niet goed.")).to_be_visible()

    def bar(text):
        option = page.locator(".lk-review__choice").filter(has_text=text)
        return option.evaluate("element => getComputedStyle(element).borderLeftColor")

    assert (bar(RIGHT), bar(WRONG), bar("Ik doe niets")) == (GREEN, RED, GREY)
    badge = page.locator(".lk-badge", has_text="dit was het goede antwoord")
    assert badge.evaluate("element => getComputedStyle(element).backgroundColor") == "rgb(223, 240, 216)"  # green
