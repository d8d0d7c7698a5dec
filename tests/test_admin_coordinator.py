"""The Wagtail admin as the coordinator runs it: previews, search, dates, revoking, words (issue 14)."""

import pytest

from quizzes.factories import QuestionFactory
from tests.test_question_authoring import question_form


@pytest.fixture
def coordinator(db, django_user_model):
    return django_user_model.objects.create_superuser(
        email="coordinator@example.org", password="echt-goed-wachtwoord", full_name="Coördinator"
    )


@pytest.fixture
def admin_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.mark.django_db
class TestAdminSearch:
    def test_question_bank_search_finds_by_title_and_scenario(self, admin_client):
        """Searching the question bank finds a question by a word in its title or its situation."""
        QuestionFactory(title="Slapen in de schuur", scenario="<p>Arbeiders slapen achter het bedrijf.</p>")
        QuestionFactory(title="Bij de kapper", scenario="<p>Een jonge vrouw in een schuur aan de dijk.</p>")
        QuestionFactory(title="Op de markt", scenario="<p>Niets bijzonders.</p>")
        response = admin_client.get("/admin/snippets/quizzes/question/?q=schuur")
        assert response.status_code == 200
        content = response.content.decode()
        assert "Slapen in de schuur" in content and "Bij de kapper" in content
        assert "Op de markt" not in content

    def test_every_admin_listing_with_a_search_box_answers(self, admin_client):
        """Each snippet listing with a search box answers a search with 200, on the database in use."""
        for url in (
            "/admin/snippets/quizzes/question/",
            "/admin/snippets/accounts/organisation/",
            "/admin/snippets/accounts/audience/",
            "/admin/snippets/certificates/certificate/",
            "/admin/snippets/briefings/briefingsession/",
            "/admin/pages/search/",
        ):
            assert admin_client.get(url, {"q": "schuur"}).status_code == 200, url


def _frame_ancestors(response):
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    return policy["frame-ancestors"]


@pytest.mark.django_db
class TestPreviewFraming:
    def test_preview_may_be_framed_by_the_admin_and_pages_by_nobody(self, admin_client, catalogue):
        """The preview of a question answers with frame-ancestors 'self' and SAMEORIGIN; a normal page with
        'none' and DENY, so only the site's own admin can show a page in a frame."""
        question = QuestionFactory(title="Voorbeeld")
        url = f"/admin/snippets/quizzes/question/preview/{question.pk}/"
        assert admin_client.post(url, question_form(title="Voorbeeld in het paneel")).json()["is_valid"]
        response = admin_client.get(url, {"in_preview_panel": "true"})
        assert response.status_code == 200 and "Situatie" in response.content.decode()
        assert _frame_ancestors(response) == "'self'"
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        admin_client.logout()
        page = admin_client.get(catalogue.home.url)
        assert _frame_ancestors(page) == "'none'"
        assert page["X-Frame-Options"] == "DENY"
