import pytest
from icalendar import Calendar
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.factories import UserFactory
from briefings.factories import BriefingSessionFactory
from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory

from .conftest import log_in

RIGHT = "Ik schrijf op wat ik zie en overleg"


@pytest.fixture
def site(transactional_db, catalogue, audiences, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(), QuestionFactory()])
    session = BriefingSessionFactory(title="Bijeenkomst sociaal domein Lelystad", capacity=10)
    session.audiences.set([audiences.social])
    return catalogue, quiz, session


def test_pass_download_verify_register_and_add_to_calendar(page, live_server, site, audiences, assert_accessible):
    """Pass a quiz, download the certificate, verify it by its code, register for a briefing, get the .ics."""
    catalogue, quiz, session = site
    learner = UserFactory(email="geslaagd@example.org", full_name="Nguyễn Thị Hương", team=audiences.social)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    for number in (1, 2):
        page.get_by_label(RIGHT).check()
        page.get_by_role("button", name="Antwoord geven").click()
        page.get_by_role("link", name="Volgende vraag" if number == 1 else "Bekijk je resultaat").click()
    expect(page.get_by_text("Je bent geslaagd.")).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download je certificaat (pdf)").click()
    pdf_path = download_info.value.path()
    text = PdfReader(pdf_path).pages[0].extract_text()
    certificate = Certificate.objects.get(learner=learner)
    assert "Nguyễn Thị Hương" in text and certificate.display_code in text

    page.goto(live_server.url + "/verifieer/")
    assert_accessible(page)
    page.get_by_label("Code op het certificaat").fill(certificate.display_code.lower())
    page.get_by_role("button", name="Controleren").click()
    expect(page.get_by_text("Dit certificaat is geldig.")).to_be_visible()
    expect(page.get_by_text("Nguyễn Thị Hương")).to_be_visible()
    assert_accessible(page)

    page.goto(live_server.url + "/bijeenkomsten/")
    assert_accessible(page)
    # The invitation e-mail links to each session's own page, with one button to confirm.
    page.goto(live_server.url + f"/bijeenkomsten/{session.pk}/aanmelden/")
    expect(page.get_by_role("heading", name="Bijeenkomst sociaal domein Lelystad")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Ja, meld mij aan").click()
    expect(page.get_by_text("Je bent aangemeld.")).to_be_visible()
    assert_accessible(page)
    with page.expect_download() as calendar_info:
        page.get_by_role("link", name="Zet in je agenda (.ics)").click()
    calendar = Calendar.from_ical(open(calendar_info.value.path(), "rb").read())
    assert calendar["METHOD"] == "REQUEST"
    event = next(component for component in calendar.walk("VEVENT"))
    assert str(event["SUMMARY"]) == "Bijeenkomst sociaal domein Lelystad"
    assert event["DTSTART"].params.get("TZID") == "Europe/Amsterdam"
