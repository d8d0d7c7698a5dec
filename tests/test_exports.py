# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""CSV exports from the admin neutralise formulas and open in Excel with Dutch accents intact; XLSX exports
survive text XML cannot hold."""

import io

from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission

import pytest
from openpyxl import load_workbook

from accounts.factories import UserFactory
from home.exports import xlsx_safe
from home.models import TeamVisitFormField, TeamVisitFormPage
from team_sessions.models import Participant, TeamSession
from team_sessions.services import end_session, join
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    facilitator,
    facilitator_client,
    quiz,
    session,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


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


def sheet_values(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(body)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


class TestExportsSurviveOldRows:
    def test_xlsx_safe_drops_what_xml_cannot_hold(self):
        """Control characters go, tabs, newlines and everything else stay."""
        assert xlsx_safe("Team\x01 A\x08\tB\nC") == "Team A\tB\nC"
        assert xlsx_safe(42) == 42

    def test_the_attendance_xlsx_exports_a_stored_control_character(self, facilitator_client, session):
        """A display name stored before the check still exports: 200 and readable text."""
        participant, _token = join(session, "Anna")
        Participant.objects.filter(pk=participant.pk).update(display_name="An\x01na\x1b")
        end_session(session)
        response = facilitator_client.get(reverse("team_sessions:attendance", args=[session.uuid, "xlsx"]))
        assert response.status_code == 200
        assert [row[0] for row in sheet_values(response)[1:]] == ["Anna"]

    def test_the_team_session_report_xlsx_exports_a_stored_control_character(self, coordinator_client, session):
        """The coordinator's report exports a group name stored with control characters."""
        end_session(session)
        TeamSession.objects.filter(pk=session.pk).update(group_name="Team\x01 mentoren\x08\x1b")
        response = coordinator_client.get("/admin/rapportages/team-sessions/?export=xlsx")
        assert response.status_code == 200
        assert "Team mentoren" in [cell for row in sheet_values(response) for cell in row]
