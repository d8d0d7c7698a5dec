"""The coordinator opens every report in the Wagtail admin, exports one, and axe finds nothing on them."""

import re

import pytest

from accounts.factories import UserFactory
from reports.roles import ensure_roles
from tests.test_reports import build_report_data

from .conftest import log_in

REPORTS = [
    ("reach", "Bereik"),
    ("modules", "Modules"),
    ("items", "Vragen (itemanalyse)"),
    ("signals", "Gemiste signalen"),
    ("certificates", "Certificaten"),
    ("briefings", "Bijeenkomsten"),
    ("team-sessions", "Teamsessies"),
]


@pytest.fixture
def report_site(transactional_db, catalogue, audiences):
    ensure_roles()
    data = build_report_data(catalogue, audiences)
    UserFactory(
        email="coordinator@example.org", full_name="Sanne de Vries", organisation=None, is_staff=True, is_superuser=True
    )
    return data


def test_coordinator_opens_every_report_and_exports_one(page, live_server, report_site, assert_accessible):
    """Each report shows its figures and passes axe; the reach report downloads as CSV."""
    log_in(page, live_server, "coordinator@example.org")
    page.goto(live_server.url + "/admin/")
    assert page.get_by_role("heading", name="Leren Kijken in cijfers").is_visible()
    for slug, title in REPORTS:
        page.goto(f"{live_server.url}/admin/rapportages/{slug}/")
        assert page.get_by_role("heading", name=title, level=1).is_visible()
        assert_accessible(page)

    page.goto(f"{live_server.url}/admin/rapportages/reach/")
    assert page.get_by_role("cell", name="Gemeente Lelystad").first.is_visible()
    page.get_by_role("button", name="Acties").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("CSV")).click()
    content = open(download_info.value.path(), encoding="utf-8").read()
    assert "Gemeente Lelystad" in content and "Zorggroep Almere" in content


def test_chart_table_opens_by_keyboard(page, live_server, report_site):
    """The figures behind a chart are in a table that opens from the keyboard."""
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/rapportages/signals/")
    summary = page.locator("summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("row", name="Werkplek").first.is_visible()


def test_reach_key_column_is_in_view_at_1366_pixels(page, live_server, report_site):
    """At 1366 × 768 the column "Deel van de medewerkers geslaagd" is fully in view without scrolling sideways."""
    page.set_viewport_size({"width": 1366, "height": 768})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/rapportages/reach/")
    header = page.get_by_role("columnheader", name=re.compile("Deel van de medewerkers geslaagd"))
    box = header.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1366
    assert page.evaluate("window.scrollX") == 0
