"""A whole team session in two browsers: the facilitator's big screen and a participant's phone."""

import re

from django.contrib.auth.models import Permission
from django.core import mail

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory
from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.models import TeamSession

from .conftest import choose_by_keyboard, log_in, tab_to

RIGHT = "Ik schrijf op wat ik zie en overleg"
WRONG = "Ik spreek de huisbaas aan"


@pytest.fixture
def quiz(transactional_db, catalogue):
    questions = [
        QuestionFactory(title=f"Situatie {n}", discussion_prompts="Wat zou jij doen?\nWie bel je in jouw team?")
        for n in (1, 2)
    ]
    return QuizPageFactory(parent=catalogue.school, questions=questions, pass_mark=50)


@pytest.fixture
def facilitator(transactional_db):
    user = UserFactory(email="begeleider@example.org", full_name="Fleur Begeleider")
    user.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
    return user


def csp_watch(page):
    violations = []
    page.on(
        "console",
        lambda m: (
            violations.append(m.text) if "Content Security Policy" in m.text and "'style-src" not in m.text else None
        ),
    )
    return violations


def test_facilitator_and_phone_through_a_whole_session(
    page, browser, live_server, quiz, facilitator, catalogue, assert_accessible
):
    """Start, join by code, answer, live tally, reveal, feedback on the phone, next, end and certificate."""
    log_in(page, live_server, facilitator.email)
    page.goto(live_server.url + "/teamsessie/")
    assert_accessible(page)
    page.get_by_label("Module").select_option(label=catalogue.school.title)
    page.get_by_label("Naam van de groep").fill("Team mentoren, Het Baken")
    tab_to(page, "Sessie klaarzetten")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Doe mee op je telefoon")).to_be_visible()
    session = TeamSession.objects.get()
    expect(page.locator(".lk-join-code")).to_contain_text(session.display_code)
    expect(page.locator("svg.lk-qr")).to_be_visible()
    assert_accessible(page)

    phone_context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = phone_context.new_page()
    phone.set_default_timeout(10_000)
    phone_csp = csp_watch(phone)
    phone.goto(live_server.url + "/doe-mee/")
    assert_accessible(phone)
    phone.get_by_label("Code van de sessie").fill(session.display_code)
    phone.get_by_role("button", name="Verder").click()
    expect(phone.get_by_role("heading", name="Meedoen")).to_be_visible()
    assert_accessible(phone)
    phone.get_by_label("Je naam in deze sessie").fill("Sam")
    phone.get_by_label("Volledige naam voor het certificaat").fill("Sam de Boer")
    phone.get_by_label("E-mailadres voor het certificaat").fill("sam@example.org")
    phone.get_by_role("button", name="Doe mee").click()
    expect(phone.get_by_role("heading", name="Welkom, Sam")).to_be_visible()

    # The big screen shows who joined without a reload (polling).
    expect(page.get_by_text("1 deelnemer doet mee")).to_be_visible(timeout=4_000)
    expect(page.locator(".lk-name-cloud")).to_contain_text("Sam")
    tab_to(page, "Start met vraag 1")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Vraag 1 van 2")).to_be_visible()
    expect(page.get_by_text("0 van 1 hebben geantwoord")).to_be_visible()
    assert_accessible(page)

    # The phone follows on its own, answers by keyboard.
    expect(phone.get_by_role("heading", name="Vraag 1 van 2")).to_be_visible(timeout=4_000)
    # The focus is on the new heading, so a screen reader announces the question.
    assert phone.evaluate("document.activeElement.tagName") == "H1"
    assert_accessible(phone)
    choose_by_keyboard(phone, RIGHT)
    tab_to(phone, "Antwoord geven")
    phone.keyboard.press("Enter")
    expect(phone.get_by_text("Je antwoord is ontvangen")).to_be_visible()
    assert_accessible(phone)

    # The phone loses the page (closed tab, lost connection) and comes back to the same seat.
    phone.close()
    phone = phone_context.new_page()
    phone.set_default_timeout(10_000)
    phone_csp += csp_watch(phone)
    phone.goto(live_server.url + f"/doe-mee/{session.code}/")
    expect(phone.get_by_text("Je antwoord is ontvangen")).to_be_visible()

    # The tally updates on the big screen within two seconds.
    expect(page.get_by_text("1 van 1 heeft geantwoord")).to_be_visible(timeout=2_000)
    tab_to(page, "Toon de antwoorden")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Zo antwoordde de groep (1 antwoord)")).to_be_visible()
    expect(page.get_by_text("1 keer gekozen (100%)")).to_be_visible()
    expect(page.get_by_text("Wie bel je in jouw team?")).to_be_visible()
    assert_accessible(page)

    # After the reveal the phone shows the feedback on its answer.
    expect(phone.get_by_role("heading", name="Feedback")).to_be_visible(timeout=4_000)
    expect(phone.get_by_text("Uitleg bij: " + RIGHT)).to_be_visible()
    assert_accessible(phone)

    tab_to(page, "Volgende vraag")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Vraag 2 van 2")).to_be_visible()
    expect(phone.get_by_role("heading", name="Vraag 2 van 2")).to_be_visible(timeout=4_000)
    phone.get_by_label(WRONG).check()
    phone.get_by_role("button", name="Antwoord geven").click()
    expect(page.get_by_text("1 van 1 heeft geantwoord")).to_be_visible(timeout=2_000)
    page.get_by_role("button", name="Toon de antwoorden").click()
    page.get_by_role("link", name="Sessie afronden").first.click()
    assert_accessible(page)
    page.get_by_role("button", name="Sessie afronden").click()

    expect(page.get_by_role("heading", name="Samenvatting van de sessie")).to_be_visible()
    # The summary first shows on the projector: names and scores only once the facilitator opens them.
    expect(page.get_by_role("cell", name="Sam de Boer")).to_be_hidden()
    page.get_by_text("Scores en e-mailadressen per deelnemer").click()
    expect(page.get_by_role("cell", name="Sam de Boer")).to_be_visible()
    expect(page.get_by_role("heading", name="Vaakst gemist")).to_be_visible()
    assert_accessible(page)

    expect(phone.get_by_text("Je score: 50%.")).to_be_visible(timeout=4_000)
    expect(phone.get_by_text("sam@example.org")).to_be_visible()
    assert_accessible(phone)
    certificate = Certificate.objects.get()
    assert certificate.full_name == "Sam de Boer" and certificate.learner is None
    assert any(m.to == ["sam@example.org"] and re.search(certificate.display_code, m.body) for m in mail.outbox)
    assert phone_csp == []
    phone_context.close()


def test_one_screen_session_by_keyboard(page, live_server, quiz, facilitator, catalogue, assert_accessible):
    """The team answers together on the big screen; the facilitator lists who was there at the end."""
    log_in(page, live_server, facilitator.email)
    page.goto(live_server.url + "/teamsessie/")
    page.get_by_label("Module").select_option(label=catalogue.school.title)
    page.get_by_label("Naam van de groep").fill("Wijkteam Noord")
    page.get_by_label("Eén scherm: het team kiest samen één antwoord").check()
    page.get_by_role("button", name="Sessie klaarzetten").click()
    expect(page.get_by_role("heading", name="Klaar om te beginnen")).to_be_visible()
    assert_accessible(page)
    tab_to(page, "Start met vraag 1")
    page.keyboard.press("Enter")
    for number in (1, 2):
        expect(page.get_by_role("heading", name=f"Vraag {number} van 2")).to_be_visible()
        assert_accessible(page)
        choose_by_keyboard(page, RIGHT)
        tab_to(page, "Dit is ons antwoord")
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="Het antwoord van het team")).to_be_visible()
        assert_accessible(page)
        if number == 1:
            tab_to(page, "Volgende vraag")
            page.keyboard.press("Enter")
    page.get_by_role("link", name="Sessie afronden").first.click()
    expect(page.get_by_role("heading", name="Sessie afronden")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Naam, regel 1", exact=True).fill("Dewi Pranoto")
    page.get_by_label("E-mailadres, regel 1", exact=True).fill("dewi@example.org")
    page.get_by_label("Naam, regel 2", exact=True).fill("Erik Vos")
    page.get_by_role("button", name="Sessie afronden").click()
    expect(page.get_by_role("heading", name="Samenvatting van de sessie")).to_be_visible()
    page.get_by_text("Scores en e-mailadressen per deelnemer").click()
    expect(page.get_by_role("cell", name="Dewi Pranoto")).to_be_visible()
    expect(page.get_by_role("cell", name="Erik Vos")).to_be_visible()
    assert_accessible(page)
    assert Certificate.objects.get().email == "dewi@example.org"
