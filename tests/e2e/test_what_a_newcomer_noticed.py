"""What a newcomer on a phone noticed (390 px): the log-in form's Tab order, a checkbox you can hit, links in
the site's colour, a focus ring you can see on a quiz option, and room between a button and what follows."""

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory
from quizzes.factories import QuestionFactory, QuizPageFactory

from .conftest import log_in, tab_to_selector

PHONE = {"width": 390, "height": 844}
BRAND = "rgb(0, 89, 107)"  # --lk-brand, static/css/site.css


def gap_between(page, upper, lower):
    """Pixels between the bottom of the first element and the top of the second."""
    return page.evaluate(
        "([a, b]) => document.querySelector(b).getBoundingClientRect().top"
        " - document.querySelector(a).getBoundingClientRect().bottom",
        [upper, lower],
    )


def test_log_in_form_by_keyboard_on_a_phone(page, live_server, home_page):
    """Tab goes from the address to the password (the "forgotten" link comes after it); the "Onthouden" box is
    at least 24 px; allauth's links without a class are in the site's colour, not the browser's blue."""
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mail").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_password"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Wachtwoord vergeten?"
    box = page.locator("#id_remember").bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    signup = page.get_by_role("link", name="Maak dan eerst een account")
    assert signup.evaluate("el => getComputedStyle(el).color") == BRAND


def test_quiz_option_focus_and_room_under_the_start_button(page, live_server, catalogue, audiences):
    """A quiz option reached by keyboard has a 3 px ring around the whole option; on the module page the care
    notice and the note under "Start de module" do not touch what is above them."""
    QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Vraag 1")])
    learner = UserFactory(email="toetser@example.org", team=audiences.social)
    page.set_viewport_size(PHONE)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + catalogue.social.url)
    assert gap_between(page, ".lk-card__meta", ".lk-care") >= 16
    assert gap_between(page, "form[action$='/starten/']", "form[action$='/starten/'] + p") >= 12
    page.goto(live_server.url + catalogue.social.url + "toets/")
    page.get_by_role("button", name="Start de toets").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 1 van 1")
    tab_to_selector(page, "input[name=choice]")
    option = page.locator(".lk-option").filter(has=page.locator("input:focus"))
    assert option.evaluate("el => getComputedStyle(el).outlineWidth") == "3px"
    assert option.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_log_in_and_sign_up_say_the_same_words_as_their_buttons(page, live_server, home_page, language):
    """The sign-up page's browser title is the heading's "Account maken" / "Create account" (allauth said
    "Registreren" and "Signup"), and the English log-in speaks of "log in" and "create an account" only."""
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page.goto(live_server.url + "/account/signup/")
    expected = {"nl": "Account maken", "en": "Create account"}[language]
    assert page.title().startswith(expected)
    page.goto(live_server.url + "/account/login/")
    text = page.locator("main").inner_text()
    if language == "en":
        assert "create an account" in text and "Remember me" in text
        for word in ("sign up", "sign in", "Sign in", "Remember Me"):
            assert word not in text


def test_the_explanation_heading_keeps_its_distance_from_the_end_of_a_path(page, live_server, catalogue, audiences):
    """After a decision path the "Uitleg" heading touched the coloured "Einde van het pad" box above it."""
    from quizzes.factories import PathQuestionFactory

    quiz = QuizPageFactory(parent=catalogue.social, questions=[PathQuestionFactory(title="Pad")])
    learner = UserFactory(email="pad@example.org", team=audiences.social)
    page.set_viewport_size(PHONE)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    page.get_by_label("De baas aanspreken").check()
    page.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_role("heading", name="Uitleg")).to_be_visible()
    assert gap_between(page, ".lk-feedback-section .utrecht-alert", ".lk-feedback-section .utrecht-alert + h3") >= 16


def test_checking_an_empty_digital_certificate_says_so_at_the_top(page, live_server, home_page):
    """The digital check's form is low on the page: sent empty on a phone, the page comes back with the error
    summary at the top, in view and focused, and its link leads to the text box."""
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/verifieer/")
    page.get_by_role("button", name="Controleer het digitale certificaat").click()
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Plak een digitaal certificaat of kies een bestand.")
    box = summary.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"]
    summary.get_by_role("link").click()
    assert page.evaluate("document.activeElement.name") == "credential"


def test_a_select_shows_its_arrow(page, live_server, home_page, audiences):
    """The organisation and team lists on the profile page show an arrow (NL Design System's select takes the
    browser's away), and the arrow's image loads, with the chosen text clear of it."""
    learner = UserFactory(email="keuzelijst@example.org", team=audiences.social)
    page.set_viewport_size(PHONE)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + "/mijn/profiel/")
    for label in ("Organisatie", "Team"):
        select = page.get_by_label(label, exact=True)
        image = select.evaluate("el => getComputedStyle(el).backgroundImage")
        assert "chevron-down" in image, (label, image)
        url = image.removeprefix('url("').removesuffix('")')
        response = page.request.get(url)
        assert response.status == 200 and b"<svg" in response.body()
        padding = select.evaluate("el => parseFloat(getComputedStyle(el).paddingRight)")
        assert padding >= 40, (label, padding)
