"""The coordinator runs the admin alone: edits a lesson with the preview open, searches the question bank, and
revokes a certificate through its confirmation page; axe finds nothing serious in this project's templates."""

import re

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory
from certificates.factories import CertificateFactory
from quizzes.factories import QuestionFactory

from .conftest import log_in

SERIOUS = {"serious", "critical"}


@pytest.fixture
def coordinator_site(transactional_db, catalogue, learner):
    UserFactory(
        email="coordinator@example.org", full_name="Sanne de Vries", organisation=None, is_staff=True, is_superuser=True
    )
    QuestionFactory(title="Matrassen in de schuur", scenario="<p>Twaalf mensen slapen in een schuur.</p>")
    QuestionFactory(title="Loon via de uitzender", scenario="<p>Het loon komt contant.</p>")
    return {"lesson": catalogue.social_lessons[0], "certificate": CertificateFactory(learner=learner)}


def serious_violations(axe, page, context=None):
    """axe's serious and critical findings, as (rule, target) pairs, in `context` (a CSS selector) or the page."""
    results = axe.run(page, context=context) if context else axe.run(page)
    return [
        (violation["id"], node["target"])
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
        for node in violation["nodes"]
    ]


def test_coordinator_previews_searches_and_revokes(page, live_server, coordinator_site, axe):
    """The preview panel shows the lesson and follows an edit; the bank search finds by title; revoking goes
    through the confirmation page with a reason, and the public page then says "Ingetrokken op"."""
    lesson, certificate = coordinator_site["lesson"], coordinator_site["certificate"]
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, live_server, "coordinator@example.org")

    # Edit a lesson with the preview panel open: the panel shows the page, then the change.
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", name=lesson.title, level=1)).to_be_visible(timeout=15_000)
    # Wagtail notes the form as loaded two seconds after the editor opens and compares later edits with that.
    page.wait_for_timeout(2_500)
    title = page.locator("#id_title")
    title.fill("")
    # Typed key by key and left with Tab, as a person edits: the admin notices the change and refreshes the panel.
    title.press_sequentially("Signalen bij een huisbezoek")
    page.keyboard.press("Tab")
    expect(preview.get_by_role("heading", name="Signalen bij een huisbezoek", level=1)).to_be_visible(timeout=15_000)

    # Search the question bank.
    page.goto(f"{live_server.url}/admin/snippets/quizzes/question/")
    page.locator("#id_q").fill("schuur")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name=re.compile("Matrassen in de schuur"))).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Loon via de uitzender"))).to_have_count(0)
    assert serious_violations(axe, page, "#listing-results") == []

    # The question's edit screen shows the quality panel.
    page.get_by_role("link", name=re.compile("Matrassen in de schuur")).first.click()
    expect(page.locator("[data-quality-panel]")).to_contain_text("In geen enkele toets")
    assert serious_violations(axe, page, "[data-quality-panel]") == []

    # Revoke a certificate: the listing offers it, the confirmation page asks a reason.
    page.goto(f"{live_server.url}/admin/snippets/certificates/certificate/")
    expect(page.get_by_role("link", name=re.compile("toevoegen", re.I))).to_have_count(0)
    page.goto(f"{live_server.url}/admin/snippets/certificates/certificate/inspect/{certificate.pk}/")
    page.get_by_role("button", name=re.compile("Acties|Meer", re.I)).first.click()
    page.get_by_role("link", name="Certificaat intrekken").click()
    expect(page.get_by_role("heading", name=re.compile("Certificaat intrekken"), level=1)).to_be_visible()
    expect(page.locator("main")).to_contain_text(certificate.display_code)
    assert serious_violations(axe, page, "main") == []
    page.get_by_role("button", name="Ja, trek het certificaat in").click()
    expect(page.locator(".error-message")).to_contain_text("Geef de reden")
    page.get_by_label("Reden van intrekken").fill("Uitgegeven aan de verkeerde persoon")
    page.get_by_role("button", name="Ja, trek het certificaat in").click()
    expect(page.get_by_text("is ingetrokken")).to_be_visible()

    page.goto(f"{live_server.url}/verifieer/{certificate.code}/")
    expect(page.get_by_text("Ingetrokken op")).to_be_visible()
    expect(page.get_by_text("Geldig tot")).to_have_count(0)
