"""A team-session certificate claimed into the account shows the module as completed, on a phone (390x844)."""

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from accounts.factories import UserFactory
from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.claims import claim_certificate
from team_sessions.models import SessionAnswer
from team_sessions.services import end_session, join, start_session

from .conftest import log_in


@pytest.fixture
def claimed(transactional_db, catalogue, audiences):
    """A learner who passed the social-domain module in a team session and claimed the certificate."""
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)
    session = start_session(UserFactory(), quiz, "Wijkteam Noord")
    learner = UserFactory(email="mila@example.org", full_name="Mila Jansen", team=audiences.social)
    EmailAddress.objects.update_or_create(user=learner, email=learner.email, defaults={"verified": True})
    participant, _token = join(session, "Mila", full_name="Mila Jansen", email=learner.email)
    right = next(c["key"] for c in session.questions[0]["choices"] if c["correct"])
    SessionAnswer.objects.create(
        session=session, participant=participant, position=1, chosen=[right], completed=True, score=1
    )
    end_session(session)
    claim_certificate(learner, Certificate.objects.get())
    return learner, quiz


def test_the_dashboard_and_module_page_show_the_module_passed(
    browser, live_server, catalogue, claimed, assert_accessible
):
    """On a phone: "Afgerond" lists the module, nothing recommends it, and its page says she passed it in a team
    session, with her certificates a tap away and the lessons and quiz still open."""
    learner, quiz = claimed
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    page.set_default_timeout(10_000)
    log_in(page, live_server, learner.email)
    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()
    completed = page.locator("section", has=page.get_by_role("heading", name="Afgerond"))
    expect(completed.get_by_role("link", name=catalogue.social.title)).to_be_visible()
    expect(page.get_by_text("Nog geen modules afgerond.")).to_have_count(0)
    expect(page.get_by_role("heading", name="Aanbevolen voor jouw team")).to_have_count(0)

    completed.get_by_role("link", name=catalogue.social.title).click()
    expect(page.get_by_text("Je hebt deze module gehaald in een teamsessie op")).to_be_visible()
    expect(page.get_by_role("button", name="Start de module")).to_have_count(0)
    expect(page.get_by_role("link", name=catalogue.social_lessons[0].title)).to_be_visible()
    expect(page.get_by_role("link", name="Naar de toets")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Mijn certificaten").click()
    expect(page.get_by_role("heading", name="Mijn certificaten")).to_be_in_viewport()
