"""Coordinator reports in the Wagtail admin: exact figures on a small known data set, scoping to the
organisation of a contact person, exports, and query counts that do not grow with the data."""

import copy
import csv
import io
import re
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, timezone, translation

import pytest
from openpyxl import load_workbook

from accounts.factories import OrganisationFactory, UserFactory
from accounts.models import Audience
from briefings.factories import BriefingSessionFactory
from briefings.models import Registration
from certificates.factories import CertificateFactory
from certificates.models import Certificate
from courses.models import Enrolment
from courses.services import complete_lesson, enrol
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import answer_question, start_attempt
from reports.access import Scope
from reports.charts import bar_chart
from reports.figures import certificates_per_month, dashboard_figures, module_funnel, reach
from reports.item_analysis import analyse, most_missed_questions
from reports.roles import ensure_roles
from team_sessions.models import TeamSession

from .conftest import kept_for_the_scope, make_audiences, make_catalogue, make_home_page

WRONG = "Ik spreek de huisbaas aan"
XSS_NAME = "<script>alert(1)</script>"
FORMULA_NAME = "=HYPERLINK(1+1)"


def take_quiz(user, quiz, right):
    """One attempt, answering each question right or with the WRONG choice."""
    attempt = start_attempt(user, quiz)
    for position, (question, good) in enumerate(zip(attempt.questions, right, strict=True), start=1):
        key = next(c["key"] for c in question["choices"] if (c["correct"] if good else c["text"] == WRONG))
        answer_question(attempt, position, {"choice": key})
    attempt.refresh_from_db()
    return attempt


def build_report_data(catalogue, audiences):
    """Lelystad (10 staff): Ann passes at the second try, Bob fails once, Dan only signed up (expired
    certificate). Zorggroep Almere: Eve passes at once. Plus a revoked certificate, a briefing and team sessions."""
    lelystad = OrganisationFactory(name="Gemeente Lelystad", municipality="lelystad", staff_count=10)
    almere = OrganisationFactory(name="Zorggroep Almere", municipality="almere", kind="care")
    social, school = audiences.social, audiences.school
    housing = QuestionFactory(title="Matrassen in de gang", signals=["housing"])
    workplace = QuestionFactory(title="Loonstrook zonder naam", signals=["workplace"])
    quiz = QuizPageFactory(parent=catalogue.social, questions=[housing, workplace])

    ann = UserFactory(full_name="Ann Jansen", organisation=lelystad, team=social)
    bob = UserFactory(full_name="Bob Bakker", organisation=lelystad, team=social)
    dan = UserFactory(full_name=FORMULA_NAME, organisation=lelystad, team=social)
    eve = UserFactory(full_name=XSS_NAME, organisation=almere, team=school)
    for lesson in catalogue.social_lessons:
        complete_lesson(ann, lesson)
    complete_lesson(bob, catalogue.social_lessons[0])
    enrol(eve, catalogue.social)
    now = timezone.now()
    Enrolment.objects.filter(user=ann).update(started_at=now - timedelta(days=2))
    Enrolment.objects.filter(user=eve).update(started_at=now - timedelta(days=4))

    take_quiz(ann, quiz, [False, False])
    take_quiz(ann, quiz, [True, True])
    take_quiz(bob, quiz, [True, False])
    take_quiz(eve, quiz, [True, True])

    CertificateFactory(
        learner=dan,
        course=catalogue.social,
        issued_at=now - timedelta(days=3 * 365),
        valid_until=timezone.localdate() - timedelta(days=10),
    )
    CertificateFactory(learner=bob, course=catalogue.social, revoked_at=now - timedelta(days=1))

    briefing = BriefingSessionFactory(title="Bijeenkomst Lelystad", capacity=2)
    Registration.objects.create(session=briefing, user=ann, full_name=ann.full_name, email=ann.email, attended=True)
    Registration.objects.create(session=briefing, user=bob, full_name=bob.full_name, email=bob.email)
    Registration.objects.create(
        session=briefing, user=eve, full_name=eve.full_name, email=eve.email, status=Registration.Status.WAITING
    )

    def team_session(organisation, group_name, stage=TeamSession.Stage.ENDED, **counts):
        return TeamSession.objects.create(
            course=catalogue.social,
            course_title=catalogue.social.title,
            group_name=group_name,
            organisation=organisation,
            stage=stage,
            questions=[],
            pass_mark=70,
            ended_at=now if stage == TeamSession.Stage.ENDED else None,
            **counts,
        )

    team_session(lelystad, "Team Wijkzorg", participant_count=8, passed_count=6, average_score=75)
    team_session(almere, "Team GGD Almere", participant_count=5, passed_count=5, average_score=90)
    team_session(lelystad, "Nog bezig", stage=TeamSession.Stage.QUESTION)
    return SimpleNamespace(
        lelystad=lelystad,
        almere=almere,
        quiz=quiz,
        housing=housing,
        workplace=workplace,
        ann=ann,
        bob=bob,
        dan=dan,
        eve=eve,
        briefing=briefing,
    )


@pytest.fixture(scope="module")
def report_data_for_the_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """The roles, a catalogue and `build_report_data`, made once for the tests of a module that use `data`
    and rolled back after them (`kept_for_the_scope`); each test gets its own copy (`report_world`)."""
    with kept_for_the_scope(django_db_blocker, tmp_path_factory), django_db_blocker.unblock():
        ensure_roles()
        audiences = make_audiences()
        catalogue = make_catalogue(make_home_page(), audiences)
        yield SimpleNamespace(audiences=audiences, catalogue=catalogue, data=build_report_data(catalogue, audiences))


@pytest.fixture
def report_world(report_data_for_the_module, db):
    """This test's copy of the shared report data; what the test changes in the database is rolled back."""
    return copy.deepcopy(report_data_for_the_module)


def uses_report_data(request):
    """Whether the test uses `data` (and so the shared report data's catalogue, home page and audiences)."""
    return "data" in request.fixturenames


@pytest.fixture
def data(report_world):
    return report_world.data


@pytest.fixture
def audiences(request, db):
    """In a test that uses `data`: the audiences of the shared report data; otherwise new ones."""
    return request.getfixturevalue("report_world").audiences if uses_report_data(request) else make_audiences()


@pytest.fixture
def home_page(request, db):
    """In a test that uses `data`: the home page of the shared report data; otherwise a new one."""
    return request.getfixturevalue("report_world").catalogue.home if uses_report_data(request) else make_home_page()


@pytest.fixture
def catalogue(request, home_page, audiences):
    """In a test that uses `data`: the catalogue of the shared report data; otherwise a new one."""
    if uses_report_data(request):
        return request.getfixturevalue("report_world").catalogue
    return make_catalogue(home_page, audiences)


@pytest.fixture
def coordinator(db):
    return UserFactory(
        email="coordinator@example.org", full_name="Sanne de Vries", organisation=None, is_staff=True, is_superuser=True
    )


@pytest.fixture(autouse=True)
def roles(request, db):
    """The groups from the migration; made again, as browser tests empty the tables between tests (the shared
    report data makes them with it)."""
    if not uses_report_data(request):
        ensure_roles()


@pytest.fixture
def contact(data):
    """The contact person of Gemeente Lelystad, in the organisation-contacts role."""
    user = UserFactory(full_name="Kees Contact", organisation=data.lelystad, team=None)
    user.groups.add(Group.objects.get(name="Contactpersonen organisatie"))
    return user


def url(name, **params):
    from urllib.parse import urlencode

    return reverse(f"lk_reports:{name}") + (f"?{urlencode(params)}" if params else "")


def csv_rows(response):
    """The rows of a CSV export, read as Dutch Excel reads it (semicolons, after the BOM)."""
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"))


def by_label(rows):
    return {row.label: row for row in rows}


@pytest.mark.django_db
class TestFigures:
    def test_reach_per_organisation(self, data):
        """Registered, started, completed, passed, certificates, briefing and share of staff per organisation."""
        rows = by_label(reach(Scope()))
        lelystad = rows["Gemeente Lelystad"]
        assert (lelystad.registered, lelystad.started, lelystad.completed, lelystad.passed) == (3, 2, 1, 1)
        assert (lelystad.certificates_valid, lelystad.certificates_expired, lelystad.briefing_attended) == (1, 1, 1)
        assert (lelystad.staff_count, lelystad.staff_share) == (10, 10.0)
        almere = rows["Zorggroep Almere"]
        # Passing the module's quiz completes the module (courses.services' one rule), as the certificate says.
        assert (almere.registered, almere.started, almere.completed, almere.passed) == (1, 1, 1, 1)
        assert (almere.certificates_valid, almere.certificates_expired, almere.briefing_attended) == (1, 0, 0)
        assert almere.staff_share is None

    def test_reach_per_municipality_and_team(self, data):
        """The same figures grouped by municipality and by team."""
        municipalities = by_label(reach(Scope(), group_by="municipality"))
        assert municipalities["Lelystad"].registered == 3
        assert municipalities["Almere"].passed == 1
        teams = by_label(reach(Scope(), group_by="team"))
        assert (teams["Sociaal domein"].registered, teams["Sociaal domein"].passed) == (3, 1)
        assert (teams["Onderwijs"].registered, teams["Onderwijs"].certificates_valid) == (1, 1)

    def test_module_funnel(self, data, catalogue):
        """Enrolled, all lessons done, attempted, passed, attempts per learner and median days to pass."""
        rows = {row.title: row for row in module_funnel(Scope())}
        social = rows[catalogue.social.title]
        assert (social.enrolled, social.lessons_done, social.attempted, social.passed) == (3, 1, 3, 2)
        assert social.average_attempts == 1.33
        assert social.median_days == 3.0
        assert social.pass_rate == 66.7
        school = rows[catalogue.school.title]
        assert (school.enrolled, school.attempted, school.average_attempts, school.median_days) == (0, 0, None, None)

    def test_a_learner_who_took_the_quiz_without_an_enrolment_counts_as_started(self, data, catalogue):
        """Attempts from before enrolments were recorded: the learner started all the same; a pass without a
        start date adds no days to the median."""
        Enrolment.objects.filter(user__in=[data.bob, data.eve]).delete()
        social = {row.title: row for row in module_funnel(Scope())}[catalogue.social.title]
        assert (social.enrolled, social.attempted, social.passed, social.attempts) == (3, 3, 2, 4)
        assert social.median_days == 2.0  # Ann only: started two days before her first pass

    def test_item_analysis(self, data):
        """Answers, facility, discrimination (item-total correlation), choices picked and the most misleading one."""
        analysis = analyse(Scope())
        assert analysis.attempts == 4
        items = {item.title: item for item in analysis.items}
        workplace, housing = items["Loonstrook zonder naam"], items["Matrassen in de gang"]
        assert analysis.items[0] is workplace  # hardest first
        # Attempt scores 0, 100, 50, 100; workplace right 0, 1, 0, 1: r = 75 / √(1 × 6875) = 0.90; housing right
        # 0, 1, 1, 1: r = 62.5 / √(0.75 × 6875) = 0.87 (both were 1.0 as best-minus-weakest 27%).
        assert (workplace.answers, workplace.facility, workplace.discrimination) == (4, 0.5, 0.9)
        assert (housing.answers, housing.facility, housing.discrimination) == (4, 0.75, 0.87)
        assert workplace.picks == {"Ik schrijf op wat ik zie en overleg": 2, WRONG: 2}
        assert workplace.misleading == f"{WRONG} (2×)"
        assert housing.wrong_picks == {WRONG: 1}

    def test_missed_signals_per_team(self, data):
        """Share missed per signal, for all teams and per team."""
        signals = {(row.signal, row.team): row for row in analyse(Scope()).signals}
        assert signals[("workplace", "alle teams")].missed_percent == 50.0
        assert signals[("workplace", "Sociaal domein")].missed_percent == 66.7
        assert signals[("workplace", "Onderwijs")].missed_percent == 0.0
        assert signals[("housing", "alle teams")].missed_percent == 25.0
        assert signals[("housing", "Sociaal domein")].answers == 3

    def test_dashboard_figures(self, data):
        """Trained this month (not revoked), pass rate of the last 30 days, briefings with free seats."""
        figures = dashboard_figures(Scope())
        assert figures["trained_this_month"] == 2
        assert (figures["submitted"], figures["passed"], figures["pass_rate"]) == (4, 2, 50.0)
        assert figures["briefings"] == []  # the one session is full
        open_session = BriefingSessionFactory(title="Bijeenkomst Almere", capacity=5)
        assert [(s.title, s.free_seats) for s in dashboard_figures(Scope())["briefings"]] == [(open_session.title, 5)]

    def test_certificates_per_month(self, data):
        """Twelve months up to this one, empty months included."""
        per_month = certificates_per_month(Certificate.objects.all())
        assert len(per_month) == 12
        assert per_month[-1] == (timezone.localdate().replace(day=1), 3)
        assert sum(n for _, n in per_month) == 3  # Dan's is three years old

    def test_most_missed_questions(self, data):
        """The dashboard lists the questions with the lowest share right, given enough answers."""
        missed = most_missed_questions(Scope(), minimum_answers=4)
        assert [(item.title, item.facility_percent) for item in missed] == [
            ("Loonstrook zonder naam", 50),
            ("Matrassen in de gang", 75),
        ]
        assert most_missed_questions(Scope(), minimum_answers=5) == []

    def test_most_missed_leaves_out_questions_everyone_got_right(self, data, catalogue):
        """A question answered 100 % right is not 'missed', even when few others were missed."""
        perfect = QuestionFactory(title="Iedereen wist het", signals=["housing"])
        quiz = QuizPageFactory(parent=catalogue.social, slug="tweede-toets", questions=[perfect])
        for _ in range(5):
            take_quiz(UserFactory(), quiz, right=[True])
        titles = [item.title for item in most_missed_questions(Scope(), minimum_answers=4)]
        assert "Iedereen wist het" not in titles
        assert titles == ["Loonstrook zonder naam", "Matrassen in de gang"]

    def test_scope_limits_every_figure(self, data):
        """For Lelystad only Lelystad's learners count."""
        scope = Scope(organisation_id=data.lelystad.pk)
        assert list(by_label(reach(scope))) == ["Gemeente Lelystad"]
        items = {item.title: item for item in analyse(scope).items}
        assert items["Matrassen in de gang"].facility == 0.67
        assert items["Loonstrook zonder naam"].answers == 3
        assert dashboard_figures(scope)["trained_this_month"] == 1


@pytest.mark.django_db
class TestReportPages:
    @pytest.mark.parametrize(
        "name", ["reach", "modules", "items", "signals", "certificates", "briefings", "team_sessions"]
    )
    def test_coordinator_opens_every_report(self, client, coordinator, data, name):
        """Every report renders for the coordinator."""
        client.force_login(coordinator)
        response = client.get(url(name))
        assert response.status_code == 200

    def test_reach_page_shows_the_figures_and_a_chart_with_a_table(self, client, coordinator, data):
        """The chart is an SVG hidden from screen readers, with its figures as a table."""
        client.force_login(coordinator)
        html = client.get(url("reach")).content.decode()
        assert "Gemeente Lelystad" in html and "Zorggroep Almere" in html
        assert '<svg class="lk-chart__svg" xmlns="http://www.w3.org/2000/svg"' in html and 'aria-hidden="true"' in html
        assert '<details class="lk-chart__table">' in html
        assert ' style="' not in html.split('id="listing-results"')[1]

    def test_the_certificate_chart_names_its_period(self, client, coordinator, data):
        """The chart covers twelve months and the list every year: their totals differ (210 against 222), so the
        chart's title says its period."""
        client.force_login(coordinator)
        html = client.get(url("certificates")).content.decode()
        assert "Uitgegeven certificaten per maand, de laatste 12 maanden" in html

    def test_learner_names_are_escaped(self, client, coordinator, data):
        """A name with a script tag is shown as text."""
        client.force_login(coordinator)
        html = client.get(url("certificates")).content.decode()
        assert XSS_NAME not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    def test_certificate_search_filters_and_revoke_link(self, client, coordinator, data):
        """Search by name or code, filter by status and organisation; each row links to the revoke form."""
        client.force_login(coordinator)
        html = client.get(url("certificates", q="Ann")).content.decode()
        assert "Ann Jansen" in html and "Bob Bakker" not in html
        certificate = Certificate.objects.get(learner=data.ann)
        assert reverse("wagtailsnippets_certificates_certificate:revoke", args=[certificate.pk]) in html
        code = certificate.display_code.lower()
        assert "Ann Jansen" in client.get(url("certificates", q=code)).content.decode()
        revoked = client.get(url("certificates", status="revoked")).content.decode()
        assert "Bob Bakker" in revoked and "Ann Jansen" not in revoked
        expired = client.get(url("certificates", status="expired")).content.decode()
        assert "HYPERLINK" in expired and "Ann Jansen" not in expired
        almere = client.get(url("certificates", organisation=data.almere.pk)).content.decode()
        assert "&lt;script&gt;" in almere and "Ann Jansen" not in almere

    def test_briefing_report(self, client, coordinator, data):
        """Registrations, waiting list, attendance and free seats per session."""
        client.force_login(coordinator)
        response = client.get(url("briefings", export="csv"))
        rows = csv_rows(response)
        header, row = rows[0], rows[1]
        values = dict(zip(header, row, strict=True))
        assert values["Bijeenkomst"] == "Bijeenkomst Lelystad"
        assert (values["Aangemeld"], values["Wachtlijst"], values["Aanwezig"], values["Vrije plaatsen"]) == (
            "2",
            "1",
            "1",
            "0",
        )

    def test_team_session_report_lists_held_sessions_only(self, client, coordinator, data):
        """Only ended sessions, with participants and results."""
        client.force_login(coordinator)
        html = client.get(url("team_sessions")).content.decode()
        assert "Team Wijkzorg" in html and "Team GGD Almere" in html and "Nog bezig" not in html

    def test_organisation_snippet_edits_the_staff_count(self, client, coordinator, data):
        """Coordinators fill in the number of staff in the organisation's snippet; the list shows it."""
        client.force_login(coordinator)
        edit = reverse("wagtailsnippets_accounts_organisation:edit", args=[data.almere.pk])
        assert 'name="staff_count"' in client.get(edit).content.decode()
        form = {"name": data.almere.name, "kind": "care", "municipality": "almere", "staff_count": "250"}
        assert client.post(edit, form).status_code == 302
        data.almere.refresh_from_db()
        assert data.almere.staff_count == 250
        listing = client.get(reverse("wagtailsnippets_accounts_organisation:list")).content.decode()
        assert "Aantal medewerkers" in listing

    def test_a_staff_count_of_0_is_refused(self, client, coordinator, data):
        """0 staff would make "Deel van de medewerkers geslaagd" a division by nothing: "leave it empty"; -5 got
        "minstens 0" beside it. One message for both."""
        client.force_login(coordinator)
        edit = reverse("wagtailsnippets_accounts_organisation:edit", args=[data.almere.pk])
        for typed in ("0", "-5"):
            form = {"name": data.almere.name, "kind": "municipality", "municipality": "almere", "staff_count": typed}
            html = client.post(edit, form).content.decode()
            assert "Vul minstens 1 medewerker in" in html and "minstens 0" not in html, typed
        data.almere.refresh_from_db()
        assert data.almere.staff_count != 0

    @pytest.mark.parametrize(
        "name",
        [
            "gemeente lelystad ",
            "GEMEENTE  LELYSTAD",
            "Gemeente Lelystad",
            "Gemeente Lelystad.",
            "Gemeente-Lelystad",
            "Gemeente Lélystad",
        ],
    )
    def test_an_organisation_is_not_added_twice_in_other_capitals(self, client, coordinator, data, name):
        """ "gemeente lelystad ", "Gemeente-Lelystad" or "Gemeente Lelystad." beside "Gemeente Lelystad" would
        split its learners over two report rows: refused with the name that exists; a new name is stored
        without stray spaces."""
        from accounts.models import Organisation

        client.force_login(coordinator)
        add = reverse("wagtailsnippets_accounts_organisation:add")
        form = {"name": name, "kind": "municipality", "municipality": "lelystad", "staff_count": ""}
        response = client.post(add, form)
        assert response.status_code == 200
        assert "Er is al een organisatie met deze naam: Gemeente Lelystad." in response.content.decode()
        assert Organisation.objects.filter(name__iexact="gemeente lelystad").count() == 1
        assert client.post(add, {**form, "name": "  Gemeente   Dronten "}).status_code == 302
        assert Organisation.objects.filter(name="Gemeente Dronten").exists()

    def test_dashboard_panel(self, client, coordinator, data):
        """The admin home shows the figures panel with the most missed question."""
        client.force_login(coordinator)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Leren Kijken in cijfers" in html
        assert "50% (2 van 4 pogingen)" in html  # a whole percentage without ",0"


@pytest.mark.django_db
class TestScoping:
    def test_contact_sees_only_their_organisation(self, client, contact, data):
        """Reach, certificates and team sessions show Lelystad's rows only."""
        client.force_login(contact)
        reach_html = client.get(url("reach")).content.decode()
        assert "Gemeente Lelystad" in reach_html and "Zorggroep Almere" not in reach_html
        certificates = client.get(url("certificates")).content.decode()
        assert "Ann Jansen" in certificates and "&lt;script&gt;" not in certificates
        sessions = client.get(url("team_sessions")).content.decode()
        assert "Team Wijkzorg" in sessions and "Team GGD Almere" not in sessions

    def test_contact_cannot_move_themselves_into_another_organisation(self, client, contact, data):
        """Their own profile shows the organisation but cannot change it (a tampered form neither): it is what
        limits their reports. Their team, name and a learner's organisation stay editable."""
        client.force_login(contact)
        profile = reverse("accounts:profile")
        page = client.get(profile)
        assert page.context["form"].fields["organisation"].disabled
        assert "Alleen de coördinator kan hem veranderen" in page.content.decode()
        team = Audience.objects.first()
        posted = {"full_name": "Kees C.", "organisation": data.almere.pk, "team": team.pk}
        assert client.post(profile, posted).status_code == 302
        contact.refresh_from_db()
        assert (contact.full_name, contact.organisation, contact.team) == ("Kees C.", data.lelystad, team)
        reach_html = client.get(url("reach")).content.decode()
        assert "Gemeente Lelystad" in reach_html and "Zorggroep Almere" not in reach_html
        learner = UserFactory(organisation=data.lelystad, team=team)
        client.force_login(learner)
        client.post(profile, {**posted, "full_name": "Lea"})
        learner.refresh_from_db()
        assert learner.organisation == data.almere

    @pytest.mark.parametrize("name", ["reach", "modules", "items", "signals", "certificates", "team_sessions"])
    def test_another_organisation_in_the_filter_shows_nothing_of_it(self, client, contact, data, name):
        """?organisation=<other> neither shows the other organisation's rows nor drops the scope."""
        client.force_login(contact)
        response = client.get(url(name, organisation=data.almere.pk, export="csv"))
        body = b"".join(response.streaming_content).decode("utf-8-sig")
        assert "Zorggroep Almere" not in body and "script" not in body and "GGD Almere" not in body

    def test_contact_figures_are_their_own(self, client, contact, data):
        """The item analysis export counts only Lelystad's answers."""
        client.force_login(contact)
        response = client.get(url("items", organisation=data.almere.pk, export="csv"))
        rows = {r[0]: r for r in csv_rows(response)}
        assert rows["Matrassen in de gang"][1:3] == ["3", "67"]

    def test_contact_sees_the_module_funnel_of_their_organisation_only(self, client, contact, data, catalogue):
        """The modules report counts Lelystad's learners only: Eve of Almere, who also started, is left out."""
        client.force_login(contact)
        response = client.get(url("modules", export="csv"))
        header, *rows = csv_rows(response)
        social = dict(zip(header, next(r for r in rows if r[0] == catalogue.social.title), strict=True))
        assert (social["Begonnen"], social["Toets gemaakt"], social["Geslaagd"]) == ("2", "2", "1")

    def test_contact_counts_only_their_members_at_briefings(self, client, contact, data):
        """The session is listed, but registrations count Lelystad's members only (Eve of Almere waits)."""
        client.force_login(contact)
        response = client.get(url("briefings", export="csv"))
        header, row = csv_rows(response)[:2]
        values = dict(zip(header, row, strict=True))
        assert (values["Aangemeld"], values["Wachtlijst"], values["Aanwezig"]) == ("2", "0", "1")

    def test_contact_without_organisation_is_refused(self, client, data):
        """The role alone is not enough: without an organisation there is nothing to show."""
        user = UserFactory(organisation=None)
        user.groups.add(Group.objects.get(name="Contactpersonen organisatie"))
        client.force_login(user)
        assert client.get(url("reach")).status_code in (302, 403)

    @pytest.mark.parametrize("role", [None, "Begeleiders", "Redacteuren"])
    def test_users_without_report_permission_are_refused(self, client, data, role):
        """Learners, facilitators and editors get no report."""
        user = UserFactory(organisation=data.lelystad)
        if role:
            user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        for name in ("reach", "certificates", "items"):
            response = client.get(url(name))
            assert response.status_code in (302, 403)
            assert b"Gemeente Lelystad" not in response.content

    def test_anonymous_visitors_go_to_the_login(self, client, data):
        """No report without logging in."""
        response = client.get(url("reach"))
        assert response.status_code == 302


@pytest.mark.django_db
class TestExports:
    def test_csv_export_guards_against_formulas(self, client, coordinator, data):
        """A name that starts with = is exported with a leading quote."""
        client.force_login(coordinator)
        response = client.get(url("certificates", export="csv"))
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        rows = csv_rows(response)
        assert rows[0][:3] == ["Naam", "Module", "Code"]
        names = [row[0] for row in rows[1:]]
        assert f"'{FORMULA_NAME}" in names and FORMULA_NAME not in names
        assert XSS_NAME in names  # a spreadsheet is not HTML: the name stays as typed
        statuses = {row[0]: row[6] for row in rows[1:]}
        assert statuses["Ann Jansen"] == "geldig" and statuses["Bob Bakker"] == "ingetrokken"

    def test_xlsx_export_of_the_reach_report(self, client, coordinator, data):
        """The XLSX has the headings and the figures as numbers."""
        client.force_login(coordinator)
        response = client.get(url("reach", export="xlsx"))
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        rows = list(workbook.active.iter_rows(values_only=True))
        assert rows[0][:6] == (
            "Organisatie",
            "Deel van de medewerkers geslaagd (%)",
            "Aangemeld",
            "Begonnen",
            "Module afgerond",
            "Geslaagd",
        )
        assert rows[1][:6] == ("Gemeente Lelystad", 10.0, 3, 2, 1, 1)

    def test_staff_columns_only_where_they_can_hold_a_figure(self, client, coordinator, data):
        """Per organisation with a staff count the share is the second column; per team or municipality, or
        when no listed organisation has a staff count, there are no empty staff columns."""
        from accounts.models import Organisation

        client.force_login(coordinator)

        def headings(**params):
            rows = csv_rows(client.get(url("reach", export="csv", **params)))
            return rows[0]

        assert headings()[:2] == ["Organisatie", "Deel van de medewerkers geslaagd (%)"]
        for group in ("team", "municipality"):
            assert "Deel van de medewerkers geslaagd (%)" not in headings(group_by=group), group
            assert "Aantal medewerkers" not in headings(group_by=group), group
        Organisation.objects.update(staff_count=None)
        html = client.get(url("reach")).content.decode()
        assert "Deel van de medewerkers geslaagd" not in html and "Aantal medewerkers" not in html

    def test_xlsx_does_not_run_formulas(self, client, coordinator, data):
        """openpyxl would treat = as a formula; the export keeps it as text."""
        client.force_login(coordinator)
        response = client.get(url("certificates", export="xlsx"))
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        cells = [row[0] for row in workbook.active.iter_rows()]
        formula = next(cell for cell in cells if cell.value and "HYPERLINK" in str(cell.value))
        assert formula.data_type == "s"


def add_learners(catalogue, quiz, organisation, audience, count):
    for n in range(count):
        user = UserFactory(organisation=organisation, team=audience, full_name=f"Extra {n}")
        complete_lesson(user, catalogue.social_lessons[0])
        take_quiz(user, quiz, [n % 2 == 0, True])
        CertificateFactory(learner=user, course=catalogue.social)


@pytest.mark.django_db
class TestQueryCounts:
    @pytest.mark.parametrize(
        "name", ["reach", "modules", "items", "signals", "certificates", "briefings", "team_sessions"]
    )
    def test_query_count_does_not_grow_with_the_data(self, client, coordinator, data, catalogue, audiences, name):
        """Ten more learners with attempts and certificates: the same number of queries."""
        client.force_login(coordinator)
        client.get(url(name))

        def count():
            cache.clear()  # measure the computation, not the cached item analysis
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url(name)).status_code == 200
            return len(queries)

        before = count()
        add_learners(catalogue, data.quiz, OrganisationFactory(name="Extra"), audiences.school, 10)
        assert count() == before


@pytest.mark.django_db
class TestGenerateReportData:
    def test_generates_learners_and_answers_in_bulk_and_clears_them(self, data):
        """Small run: the asked number of learners and answers, figures that add up, and --clear removes them."""
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        from quizzes.models import Answer

        before = Answer.objects.count()
        out = io.StringIO()
        call_command("generate_report_data", learners=40, answers=300, stdout=out)
        generated = get_user_model().objects.filter(email__endswith="@rapportdata.example.org")
        assert generated.count() == 40
        assert 300 <= Answer.objects.count() - before < 300 + 10
        assert analyse(Scope()).attempts > 4
        call_command("generate_report_data", clear=True, stdout=out)
        assert not generated.exists()
        assert Answer.objects.count() == before


def test_a_decision_path_end_at_zero_points_counts_as_misleading():
    """In a decision path an end worth 0 points is a wrong choice, an end worth 100 a right one, and the
    steps on the way are neither."""
    from quizzes.factories import sample_path
    from quizzes.snapshots import QuestionSnapshot

    snapshot = {"choices": [], "steps": []}
    for step in sample_path():
        snapshot["steps"].append(
            {
                "choices": [
                    {
                        "key": choice["text"],
                        "text": choice["text"],
                        "next_step": choice["next_step"],
                        "end_score": choice["end_score"],
                    }
                    for choice in step["value"]["choices"]
                ]
            }
        )
    correctness = dict(QuestionSnapshot(snapshot).outcomes().values())
    assert correctness == {
        "Apart gaan praten": None,
        "De baas aanspreken": False,
        "Met een onafhankelijke tolk": True,
        "Met de collega als tolk": None,
    }


@pytest.mark.django_db
def test_the_migration_names_question_and_choices_of_earlier_answers(catalogue, learner):
    """Answers given before picks were recorded get them from their attempt's snapshot."""
    import importlib

    from django.apps import apps

    from quizzes.models import Answer, AnswerPick
    from quizzes.services import answer_question, start_attempt

    migration = importlib.import_module("quizzes.migrations.0006_answer_picks")
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Matrassen")])
    attempt = start_attempt(learner, quiz)
    wrong = next(c for c in attempt.questions[0]["choices"] if not c["correct"])
    answer_question(attempt, 1, {"choice": wrong["key"]})
    expected = list(AnswerPick.objects.values_list("question__title", "text", "correct"))
    AnswerPick.objects.all().delete()
    Answer.objects.update(question=None)
    migration.fill_in(apps, None)
    assert list(AnswerPick.objects.values_list("question__title", "text", "correct")) == expected
    assert expected == [("Matrassen", wrong["text"], False)]


@pytest.mark.django_db
class TestDutchFormats:
    def test_briefing_report_shows_absolute_dates_for_future_sessions(self, client, coordinator, data):
        """A session in the future reads as its Dutch date and time, never "Zojuist"."""
        session = BriefingSessionFactory(title="Later dit jaar", start=timezone.now() + timedelta(days=40))
        client.force_login(coordinator)
        html = client.get(url("briefings")).content.decode()
        start = timezone.localtime(session.start, ZoneInfo("Europe/Amsterdam"))
        with translation.override("nl"):
            expected = dateformat.format(start, "D j F Y, H:i")
        assert expected in html and "Zojuist" not in html

    def test_certificate_report_writes_both_dates_alike_with_the_month_in_full(self, client, coordinator, data):
        """ "Uitgegeven op" and "Geldig tot" read "12 februari 2029" and "30 november 2028" alike, never an
        abbreviation with a capital ("Feb", "Mrt") beside a full month."""
        certificate = Certificate.objects.get(learner=data.ann)
        Certificate.objects.filter(pk=certificate.pk).update(
            issued_at=datetime(2026, 3, 3, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam")), valid_until=date(2028, 11, 30)
        )
        client.force_login(coordinator)
        html = client.get(url("certificates", q="Ann")).content.decode()
        assert "3 maart 2026" in html and "30 november 2028" in html
        assert not re.search(r"\d (Jan|Feb|Mrt|Apr|Mei|Jun|Jul|Aug|Sep|Okt|Nov|Dec) \d{4}", html)

    def test_briefing_registrations_write_the_month_in_full(self, client, coordinator, data):
        """The coordinator's registration list dates each registration as "3 maart 2026, 12:00", not "3 Mrt 2026"."""
        registration = Registration.objects.select_related("session").first()
        Registration.objects.filter(pk=registration.pk).update(
            created_at=datetime(2026, 3, 3, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
        )
        client.force_login(coordinator)
        html = client.get(
            reverse("wagtailsnippets_briefings_briefingsession:registrations", args=[registration.session.pk])
        ).content.decode()
        assert "3 maart 2026, 12:00" in html and "3 Mrt 2026" not in html

    def test_a_long_chart_label_is_wrapped_not_cut(self):
        """A long label goes onto two lines above its bar, whole; a very long one ends in an ellipsis."""
        label = "Stichting Minderjarigen, loverboys en criminele uitbuiting Flevoland"
        chart = bar_chart("Geslaagd", [(label, 3), ("Almere " * 30, 1)], "Organisatie", "Geslaagd")
        whole, cut = chart.bars
        assert len(whole.lines) == 2 and " ".join(line.text for line in whole.lines) == label
        assert len(cut.lines) == 2 and cut.lines[-1].text.endswith("…")
        assert whole.lines[0].y < whole.lines[1].y < whole.y < cut.lines[0].y

    def test_chart_numbers_are_written_the_dutch_way(self):
        """A chart's value labels use a decimal comma in Dutch: 23,9%."""
        with translation.override("nl"):
            chart = bar_chart("Geslaagd", [("Lelystad", 23.9), ("Almere", 100)], "Gemeente", "Geslaagd (%)", unit="%")
        assert [bar.display for bar in chart.bars] == ["23,9%", "100%"]


@pytest.mark.django_db
def test_admin_screens_of_another_role_refuse_in_the_admins_layout(client, data, contact):
    """A contact person opening the question bank check, a briefing's registrations or a certificate's revoke
    screen by address got one line of unstyled text; now a 403 in the admin's layout, with the reason and a way
    back to the dashboard."""
    client.force_login(contact)
    certificate = Certificate.objects.get(learner=data.ann)
    screens = {
        "/admin/vragenbank-controle/": "vragen te bewerken",
        f"/admin/snippets/briefings/briefingsession/{data.briefing.pk}/aanmeldingen/": "bijeenkomsten te beheren",
        f"/admin/snippets/certificates/certificate/{certificate.pk}/intrekken/": "certificaten in te trekken",
    }
    for url, reason in screens.items():
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 403, url
        assert f"Je hebt geen toestemming om {reason}." in html and "Geen toegang" in html, url
        assert 'href="/admin/"' in html and "w-theme" in html, url  # Wagtail's admin page, not a bare line
