"""The digital certificate (Open Badges 3.0) from download to verification, and after a revocation."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory
from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory

from .conftest import log_in

RIGHT = "Ik schrijf op wat ik zie en overleg"


@pytest.fixture
def quiz(transactional_db, catalogue, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(), QuestionFactory()])


def test_download_verify_revoke_and_verify_again(page, live_server, quiz, audiences, assert_accessible):
    """Pass, download the .json, paste it on the verification page: "geldig"; revoked in the admin: "ingetrokken"."""
    learner = UserFactory(email="badge@example.org", full_name="Fatima el Amrani", team=audiences.social)
    UserFactory(email="coordinator@example.org", full_name="Sanne de Vries", is_staff=True, is_superuser=True)
    log_in(page, live_server, learner.email)
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    for number in (1, 2):
        page.get_by_label(RIGHT).check()
        page.get_by_role("button", name="Antwoord geven").click()
        page.get_by_role("link", name="Volgende vraag" if number == 1 else "Bekijk je resultaat").click()
    expect(page.get_by_text("Je bent geslaagd.")).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Digitaal certificaat").click()
    assert download_info.value.suggested_filename.endswith(".json")
    credential = Path(download_info.value.path()).read_text()

    def check(expected):
        page.goto(live_server.url + "/verifieer/")
        assert_accessible(page)
        page.get_by_label("Digitaal certificaat plakken").fill(credential)
        page.get_by_role("button", name="Controleer het digitale certificaat").click()
        expect(page.get_by_role("status")).to_contain_text(expected)
        assert_accessible(page)

    check("geldig")
    expect(page.get_by_text("Fatima el Amrani")).to_be_visible()

    page.context.clear_cookies()
    log_in(page, live_server, "coordinator@example.org")
    certificate = Certificate.objects.get(learner=learner)
    # The certificate's edit link leads to the confirmation page of "Certificaat intrekken".
    page.goto(f"{live_server.url}/admin/snippets/certificates/certificate/edit/{certificate.pk}/")
    page.get_by_label("Reden van intrekken").fill("Toets door iemand anders gemaakt")
    page.get_by_role("button", name="Ja, trek het certificaat in").click()
    expect(page.locator(".messages")).to_be_visible()
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None

    page.context.clear_cookies()  # the verifier is anyone, not the coordinator
    check("ingetrokken")
    expect(page.get_by_text("Toets door iemand anders gemaakt")).to_be_visible()
