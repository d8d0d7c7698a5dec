# ruff: noqa: F811 (the fixtures imported from test_reports are used as arguments)
"""Report exports as a Dutch coordinator opens them: Amsterdam time as the admin shows it, no microseconds,
one CSV dialect for Dutch Excel (BOM, semicolons, decimal comma) like the registrations CSV, and XLSX dates
as real, local dates and times."""

import csv
import io
import re
from datetime import UTC, datetime

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from briefings.factories import BriefingSessionFactory
from certificates.factories import CertificateFactory
from tests.test_reports import (  # noqa: F401 (fixtures, and the shared report data's catalogue)
    audiences,
    catalogue,
    coordinator,
    csv_rows,
    data,
    home_page,
    report_data_for_the_module,
    report_world,
    roles,
    url,
)

pytestmark = pytest.mark.django_db

# A winter afternoon: 13:00 UTC is 14:00 in Amsterdam.
WINTER_START = datetime(2027, 2, 23, 13, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 30, 12, 32, 12, 491462, tzinfo=UTC)


def xlsx_rows(response):
    body = b"".join(response.streaming_content)
    return list(load_workbook(io.BytesIO(body)).active.iter_rows())


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_briefing_export_gives_the_time_the_report_shows(coordinator_client, data):
    """A session shown as 14:00 is 14:00 in the CSV, not 13:00:00+00:00."""
    BriefingSessionFactory(title="Winterbijeenkomst", start=WINTER_START, end=WINTER_START.replace(hour=15))
    header, *rows = csv_rows(coordinator_client.get(url("briefings", export="csv")))
    row = dict(zip(header, next(r for r in rows if r[0] == "Winterbijeenkomst"), strict=True))
    assert row["Begin"] == "2027-02-23 14:00"


def test_certificate_export_has_local_time_without_microseconds(coordinator_client, data):
    """'Uitgegeven op' as 2026-11-30 13:32, in the same dialect as the registrations CSV."""
    CertificateFactory(learner=data.ann, full_name="Ann Jansen", issued_at=ISSUED)
    response = coordinator_client.get(url("certificates", export="csv"))
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeffNaam;Module;Code;")
    header, *rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff")), delimiter=";"))
    issued = [dict(zip(header, r, strict=True))["Uitgegeven op"] for r in rows]
    assert "2026-11-30 13:32" in issued
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", value) for value in issued)


def test_figures_have_a_decimal_comma(coordinator_client, data, catalogue):
    """Geslaagd van begonnen: 2 of 3 is 66,7, so Dutch Excel reads a number, not text."""
    header, *rows = csv_rows(coordinator_client.get(url("modules", export="csv")))
    social = dict(zip(header, next(r for r in rows if r[0] == catalogue.social.title), strict=True))
    assert social["Geslaagd van begonnen (%)"] == "66,7"


def test_formulas_stay_text_in_the_dutch_dialect(coordinator_client, data):
    """The leading quote still guards a name that starts with =."""
    rows = csv_rows(coordinator_client.get(url("certificates", export="csv")))
    names = [row[0] for row in rows[1:]]
    assert "'=HYPERLINK(1+1)" in names and "=HYPERLINK(1+1)" not in names


def test_xlsx_has_real_local_dates(coordinator_client, data):
    """The XLSX holds 14:00 as a date and time without time zone, with a date format, and no microseconds."""
    BriefingSessionFactory(title="Winterbijeenkomst", start=WINTER_START, end=WINTER_START.replace(hour=15))
    CertificateFactory(learner=data.ann, full_name="Ann Jansen", issued_at=ISSUED)
    briefing = next(
        r
        for r in xlsx_rows(coordinator_client.get(url("briefings", export="xlsx")))
        if r[0].value == "Winterbijeenkomst"
    )
    assert briefing[1].value == datetime(2027, 2, 23, 14, 0)
    assert briefing[1].is_date and "yy" in briefing[1].number_format
    certificates = xlsx_rows(coordinator_client.get(url("certificates", export="xlsx")))
    assert datetime(2026, 11, 30, 13, 32, 12) in [row[4].value for row in certificates[1:]]


def test_registrations_csv_uses_the_same_dialect(coordinator_client, data):
    """The per-session registrations CSV: BOM, semicolons, Amsterdam time, formulas quoted."""
    session = data.briefing
    response = coordinator_client.get(
        reverse("wagtailsnippets_briefings_briefingsession:registrations_csv", args=[session.pk])
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffNaam;E-mailadres;Status;Aangemeld op;Aanwezig")
    assert re.search(r"Ann Jansen;[^;]+;aangemeld;\d{4}-\d\d-\d\d \d\d:\d\d;ja", text)
