"""CSV exports from the admin neutralise formulas and open in Excel with Dutch accents intact."""

from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission

import pytest

from accounts.factories import UserFactory
from home.models import TeamVisitFormField, TeamVisitFormPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, organisation=None))
    return client


def csv_text(response):
    return b"".join(response.streaming_content).decode("utf-8")


def test_team_visit_submissions_export_is_safe_and_utf8(coordinator_client, home_page):
    """A submitted formula comes out as text, and the file says UTF-8 with a BOM, so "Zoë" survives Excel."""
    page = home_page.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
    TeamVisitFormField.objects.create(page=page, label="Je naam", field_type="singleline", required=True)
    TeamVisitFormField.objects.create(page=page, label="Organisatie", field_type="singleline")
    FormSubmission.objects.create(
        page=page,
        form_data={"je_naam": '=HYPERLINK("http://evil.example","Klik")', "organisatie": "Zoë Coördinatie"},
    )
    url = reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv"
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = csv_text(response)
    assert text.startswith("\ufeff")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and '"=HYPERLINK' not in text
    assert "Zoë Coördinatie" in text


def test_report_export_is_utf8_with_a_bom(coordinator_client, catalogue):
    """The reports' CSV export carries the charset and the BOM too."""
    response = coordinator_client.get("/admin/rapportages/reach/?export=csv")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_text(response).startswith("\ufeff")
