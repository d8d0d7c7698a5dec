"""A pass mark shows as a Dutch reader expects it: "70%", "72,5%", never "70.00" or "72,50%"."""

import re
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone

import pytest

from certificates.credentials import _criteria
from quizzes.models import Attempt
from quizzes.services import start_attempt

from .test_admin_coordinator import admin_client, coordinator  # noqa: F401 (fixtures)
from .test_quizzes import quiz  # noqa: F401 (fixture)


@pytest.mark.django_db
class TestPassMarkShown:
    def test_quiz_edit_form_shows_70_not_70_00(self, admin_client, quiz):  # noqa: F811
        """The pass mark field in the admin holds "70", not the stored "70.00"."""
        content = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.page.pk])).content.decode()
        field = re.search(r'<input[^>]*name="pass_mark"[^>]*>', content).group(0)
        assert 'value="70"' in field

    def test_quiz_edit_form_shows_72_5(self, admin_client, quiz):  # noqa: F811
        """A pass mark of 72.50 shows as 72.5 in the admin's number field (a number field takes a point)."""
        type(quiz.page).objects.filter(pk=quiz.page.pk).update(pass_mark=Decimal("72.50"))
        content = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.page.pk])).content.decode()
        field = re.search(r'<input[^>]*name="pass_mark"[^>]*>', content).group(0)
        assert 'value="72.5"' in field

    def test_saving_the_shown_value_keeps_the_pass_mark(self, quiz):  # noqa: F811
        """What the field shows ("72.5") is read back as the same pass mark."""
        from home.widgets import PercentageInput

        assert PercentageInput().format_value(Decimal("72.50")) == "72.5"
        assert PercentageInput().format_value(Decimal("100.00")) == "100"
        assert PercentageInput().format_value("72,") == "72,"  # typed text shows again as typed

    def test_quiz_page_and_result_show_72_5_percent(self, learner_client, learner, quiz):  # noqa: F811
        """The learner reads "72,5%" on the quiz page and the result, not "72,50%"."""
        type(quiz.page).objects.filter(pk=quiz.page.pk).update(pass_mark=Decimal("72.50"))
        quiz.page.refresh_from_db()
        page = learner_client.get(quiz.page.url).content.decode()
        assert "Je bent geslaagd bij 72,5% of meer." in page

        attempt = start_attempt(learner, quiz.page)
        Attempt.objects.filter(pk=attempt.pk).update(
            score=Decimal("80.00"), passed=True, pass_mark=Decimal("72.50"), submitted_at=timezone.now()
        )
        result = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()
        assert "(nodig: 72,5%)" in result
        assert "72,50" not in result

    def test_credential_criteria_use_a_dutch_decimal_comma(self, learner, quiz):  # noqa: F811
        """The certificate's criteria (Dutch text) say "72,5%", not "72.5%"."""
        attempt = start_attempt(learner, quiz.page)
        Attempt.objects.filter(pk=attempt.pk).update(pass_mark=Decimal("72.50"))
        attempt.refresh_from_db()

        class Certificate:
            course = None
            team_session = None

        certificate = Certificate()
        certificate.attempt = attempt
        assert "met ten minste 72,5% goede antwoorden" in _criteria(certificate)["narrative"]


@pytest.mark.django_db
class TestReportPercentages:
    @pytest.fixture
    def report_data(self, catalogue, audiences):
        from accounts.factories import UserFactory
        from courses.services import enrol
        from tests.test_reports import build_report_data

        data = build_report_data(catalogue, audiences)
        enrol(UserFactory(team=audiences.social), catalogue.social)  # 2 of 4 started passed: 50 %
        return data

    def test_module_report_shows_50_not_50_0(self, admin_client, report_data):  # noqa: F811
        """The modules report's "Geslaagd van begonnen (%)" shows 50, not 50,0; the export keeps the number."""
        from bs4 import BeautifulSoup

        html = admin_client.get(reverse("lk_reports:modules")).content.decode()
        table = BeautifulSoup(html, "html.parser").find_all("table", class_="listing")[-1]
        headings = [th.get_text(strip=True) for th in table.find("thead").find_all("th")]
        column = headings.index("Geslaagd van begonnen (%)")
        cells = {
            row.find_all("td")[0].get_text(strip=True): row.find_all("td")[column].get_text(strip=True)
            for row in table.find("tbody").find_all("tr")
        }
        assert cells["Signalen in het sociaal domein"] == "50"

    def test_dashboard_shows_50_percent(self, admin_client, report_data):  # noqa: F811
        """The dashboard panel's pass rate reads "50%", not "50,0%"."""
        html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
        assert "50% (2 van 4 pogingen)" in html and "50,0%" not in html
