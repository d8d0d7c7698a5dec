# ruff: noqa: F811 (the fixtures imported from test_reports are used as arguments)
"""Date filters in the admin refuse absurd dates (year 1, year 9999, junk) with a Dutch message, never a 500:
the reports' own filter and Wagtail's filters (site history, form submissions, snippet list filters)."""

from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import pytest

from accounts.factories import UserFactory
from home.models import TeamVisitFormField, TeamVisitFormPage
from tests.test_reports import (  # noqa: F401 (fixtures, and the shared report data's catalogue)
    audiences,
    catalogue,
    contact,
    coordinator,
    data,
    home_page,
    report_data_for_the_module,
    report_world,
    roles,
    url,
)

pytestmark = pytest.mark.django_db

MESSAGE = "Kies een datum tussen 2000 en 2099."
ABSURD = ["0001-01-01", "9999-12-31", "1899-12-31"]


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, organisation=None))
    return client


@pytest.mark.parametrize("param", ["ended_at_from", "ended_at_to"])
@pytest.mark.parametrize("day", ABSURD)
@pytest.mark.parametrize("who", ["coordinator", "contact"])
def test_team_session_report_refuses_an_absurd_date(client, request, data, who, param, day):
    """The coordinator and an organisation's contact person see the message and the unfiltered sessions."""
    client.force_login(request.getfixturevalue(who))
    response = client.get(url("team_sessions", **{param: day}))
    assert response.status_code == 200
    html = response.content.decode()
    assert MESSAGE in html
    assert "Team Wijkzorg" in html


def test_team_session_report_ignores_a_date_that_is_no_date(client, coordinator, data):
    """Junk is refused as a date, not a 500."""
    client.force_login(coordinator)
    response = client.get(url("team_sessions", ended_at_from="gisteren", ended_at_to="2026-02-30"))
    assert response.status_code == 200
    assert "Team Wijkzorg" in response.content.decode()


def test_team_session_report_still_filters_on_a_sensible_date(client, coordinator, data):
    """A real period keeps working: tomorrow onwards finds none of today's sessions."""
    client.force_login(coordinator)
    tomorrow = timezone.localdate() + timezone.timedelta(days=1)
    response = client.get(url("team_sessions", ended_at_from=tomorrow.isoformat()))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Team Wijkzorg" not in html and MESSAGE not in html


def test_the_export_with_an_absurd_date_is_not_a_500(client, coordinator, data):
    """The CSV download of the same filtered page works as well."""
    client.force_login(coordinator)
    response = client.get(url("team_sessions", ended_at_from="0001-01-01", export="csv"))
    assert response.status_code == 200


@pytest.mark.parametrize("day", ABSURD)
def test_wagtail_site_history_refuses_an_absurd_date(superuser_client, home_page, day):
    """Wagtail's own report gets the same message instead of an OverflowError."""
    response = superuser_client.get(reverse("wagtailadmin_reports:site_history") + f"?timestamp_from={day}")
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()


@pytest.mark.parametrize("day", ABSURD)
def test_form_submissions_refuse_an_absurd_date(superuser_client, home_page, day):
    """The team-visit requests' listing (Wagtail's form submissions) as well."""
    page = home_page.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
    TeamVisitFormField.objects.create(page=page, label="Je naam", field_type="singleline", required=True)
    FormSubmission.objects.create(page=page, form_data={"je_naam": "Zoë"})
    response = superuser_client.get(reverse("wagtailforms:list_submissions", args=[page.pk]) + f"?date_from={day}")
    assert response.status_code == 200
    html = response.content.decode()
    assert MESSAGE in html and "Zoë" in html


@pytest.mark.parametrize("param", ["revoked_at", "valid_until"])
def test_certificate_list_filter_refuses_year_one(superuser_client, home_page, param):
    """A snippet list filter on a date (the certificates' revoked and valid-until dates)."""
    response = superuser_client.get(reverse("wagtailsnippets_certificates_certificate:list") + f"?{param}=0001-01-01")
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
