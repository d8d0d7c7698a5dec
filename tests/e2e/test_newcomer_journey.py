import re
import time

from django.core import mail

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory

from .conftest import tab_to

PASSWORD = "Signalen-zien-2026!"


def wait_for_mail(timeout=5.0):
    """The live server sends mail from its own thread; give it a moment to land in the outbox."""
    deadline = time.monotonic() + timeout
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.05)
    assert mail.outbox, "no e-mail was sent"
    return mail.outbox[-1]


@pytest.fixture
def site(transactional_db, catalogue, organisation):
    return catalogue


def test_newcomer_signs_up_and_completes_a_module_by_keyboard(page, live_server, site, organisation, audiences):
    """Sign up, confirm the e-mail, see the team's recommendation, and finish every lesson with the keyboard."""
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Sociaal domein").first.click()
    expect(page).to_have_url(re.compile(r"/modules/\?team=sociaal-domein$"))

    page.get_by_role("link", name="Account maken").first.click()
    page.get_by_label("Volledige naam").fill("Nguyễn Thị Hương")
    page.get_by_label("E-mail").first.fill("huong@example.org")
    page.get_by_label("Organisatie").select_option(label=organisation.name)
    page.get_by_label("Team").select_option(label="Sociaal domein")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_label("Wachtwoord (opnieuw)").fill(PASSWORD)
    page.get_by_role("button", name="Account maken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("e-mail")

    link = re.search(r"https?://\S+/account/confirm-email/\S+/", wait_for_mail().body).group(0)
    page.goto(live_server.url + "/" + link.split("://", 1)[1].split("/", 1)[1])
    page.get_by_role("button", name="Bevestig").click()

    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()
    recommended = page.get_by_role("region", name="Aanbevolen voor jouw team")
    expect(recommended.get_by_role("link", name=site.social.title)).to_be_visible()

    # From here on only the keyboard.
    tab_to(page, site.social.title)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(site.social.title)
    tab_to(page, "Start de module")
    page.keyboard.press("Enter")
    for number, lesson in enumerate(site.social_lessons, start=1):
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        expect(page.get_by_text(f"Les {number} van 3")).to_be_visible()
        tab_to(page, "Les afronden")
        page.keyboard.press("Enter")
    expect(page.get_by_text("3 van 3 lessen afgerond (100%)")).to_be_visible()


def test_learner_can_log_in_and_resume(page, live_server, site, audiences):
    """A returning learner logs in and continues with the lesson they had not finished."""
    from courses.services import complete_lesson

    learner = UserFactory(email="terug@example.org", team=audiences.social)
    complete_lesson(learner, site.social_lessons[0])
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mail").fill("terug@example.org")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()
    page.goto(live_server.url + site.social.url)
    page.get_by_role("button", name="Verder waar je was").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(site.social_lessons[1].title)
