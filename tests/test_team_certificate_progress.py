"""A team-session certificate in the account completes its module wherever progress shows, while it is valid."""

import re
from datetime import timedelta

from django.template.defaultfilters import date as format_date
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from certificates.models import Certificate
from courses.models import Enrolment
from courses.services import course_progress, progress_by_course
from quizzes.factories import QuestionFactory, QuizPageFactory
from reports.access import Scope
from reports.figures import dashboard_figures, module_funnel, reach
from team_sessions.claims import claim_certificate
from team_sessions.services import end_session, join, start_session

from .test_queries import count_queries
from .test_team_sessions import answer_everything_right

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


@pytest.fixture
def quiz(catalogue):
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(), QuestionFactory()], pass_mark=50)


@pytest.fixture
def session(quiz):
    return start_session(UserFactory(full_name="Fleur Begeleider"), quiz, "Team wijkteam")


@pytest.fixture
def passed_in_session(session, learner):
    """The learner passed `session` on a phone, without an account, with her account's address."""
    participant, _token = join(session, "Łukasz", full_name=learner.full_name, email=learner.email)
    answer_everything_right(session, participant)
    end_session(session)
    return Certificate.objects.get(participant=participant)


@pytest.fixture
def claimed(passed_in_session, learner):
    """The certificate, claimed into the learner's account through its link."""
    verify_address(learner)
    return claim_certificate(learner, passed_in_session)


def verify_address(user):
    """The account's address, confirmed (the claim asks for a verified, equal address)."""
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True})


def visible_text(html):
    """The page's text as read: tags out, white space folded."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split()).replace(" .", ".")


def section(html, heading_id):
    """The HTML of the dashboard section labelled by `heading_id`."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    return match.group(0) if match else ""


@pytest.mark.django_db
class TestTeamCertificateCompletesTheModule:
    def test_the_dashboard_lists_the_module_under_afgerond(self, learner_client, catalogue, claimed):
        """After the claim the dashboard lists the module under "Afgerond", not as recommended or in progress."""
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        title = catalogue.social.title
        assert title in section(html, "completed-heading")
        assert "Nog geen modules afgerond." not in html
        assert title not in section(html, "recommended-heading")
        assert title not in section(html, "in-progress-heading")

    def test_the_module_page_says_when_she_passed_and_keeps_lessons_and_quiz_open(
        self, learner_client, catalogue, quiz, claimed
    ):
        """The module page says she passed in a team session on that date, points to her certificates, and
        still links the lessons and the quiz; it offers no "Start de module"."""
        html = learner_client.get(catalogue.social.url).content.decode()
        with translation.override("nl"):
            day = format_date(timezone.localtime(claimed.issued_at), "j F Y")
        text = visible_text(html)
        assert (
            f"Je hebt deze module gehaald in een teamsessie op {day}. Je certificaat staat bij Mijn certificaten."
            in text
        )
        assert "Start de module" not in html
        assert "Toets: gehaald in een teamsessie." in text and "Module afgerond." in text
        assert f'href="{catalogue.social_lessons[0].url}"' in html
        assert html.count(f'href="{quiz.url}"') == 2  # in the list, and "Naar de toets" under the message

    def test_the_module_lists_show_the_module_completed(self, learner_client, catalogue, claimed):
        """The home page's and the modules page's cards say the module is completed."""
        for url in (catalogue.home.url, catalogue.index.url):
            text = visible_text(learner_client.get(url).content.decode())
            assert "Toets: gehaald in een teamsessie. Module afgerond." in text, url

    def test_an_expired_or_revoked_certificate_does_not_complete_the_module(self, learner, catalogue, claimed):
        """Only a valid certificate counts: expired or revoked, the module is not completed by it."""
        assert course_progress(learner, catalogue.social).completed
        Certificate.objects.filter(pk=claimed.pk).update(valid_until=timezone.localdate() - timedelta(days=1))
        assert not course_progress(learner, catalogue.social).completed
        assert not progress_by_course(learner, [catalogue.social])[catalogue.social.pk].completed
        Certificate.objects.filter(pk=claimed.pk).update(
            valid_until=timezone.localdate() + timedelta(days=1), revoked_at=timezone.now()
        )
        assert not course_progress(learner, catalogue.social).completed
        assert not progress_by_course(learner, [catalogue.social])[catalogue.social.pk].completed

    def test_an_unclaimed_certificate_completes_nothing(self, learner, catalogue, passed_in_session):
        """Before the claim the certificate is not hers, so her progress is untouched."""
        assert not course_progress(learner, catalogue.social).completed
        assert not Enrolment.objects.filter(user=learner).exists()

    def test_the_pages_cost_no_query_more_with_a_certificate(self, learner_client, learner, catalogue, session):
        """The module page, the module lists and the dashboard read enrolments and certificates in one query:
        holding a certificate adds none."""
        urls = [catalogue.social.url, catalogue.home.url, catalogue.index.url, reverse("courses:dashboard")]
        for url in [catalogue.social_lessons[0].url, *urls]:
            count_queries(learner_client, url)  # the shared caches and the module structures filled first
        before = [count_queries(learner_client, url) for url in urls]
        verify_address(learner)
        participant, _token = join(session, "Łukasz", full_name=learner.full_name, email=learner.email)
        answer_everything_right(session, participant)
        end_session(session)
        claim_certificate(learner, Certificate.objects.get())
        assert [count_queries(learner_client, url) for url in urls] == before


@pytest.mark.django_db
class TestReportsCountHerOnce:
    def test_the_claim_records_the_completion_once(self, learner, catalogue, claimed):
        """Claiming records the module's completion (one enrolment, closed); the reports count her once as
        completed, once as holding a valid certificate, and the certificate once as trained this month."""
        enrolment = Enrolment.objects.get(user=learner, course=catalogue.social)
        assert enrolment.completed_at is not None
        rows = reach(Scope())
        assert sum(row.completed for row in rows) == 1
        assert sum(row.certificates_valid for row in rows) == 1
        assert dashboard_figures(Scope())["trained_this_month"] == 1
        module = next(row for row in module_funnel(Scope()) if row.pk == catalogue.social.pk)
        assert (module.enrolled, module.completed, module.passed) == (1, 1, 0)  # her pass is in the session report

    def test_a_participant_who_joined_logged_in_completes_at_the_end(self, learner, session):
        """A participant who joined logged in gets the certificate in the account at the end, and the
        completion is recorded then."""
        participant, _token = join(session, "Łukasz", user=learner)
        answer_everything_right(session, participant)
        end_session(session)
        assert Certificate.objects.get().learner == learner
        assert Enrolment.objects.get(user=learner, course=session.course).completed_at is not None

    def test_the_completion_is_dated_on_the_day_of_the_session(self, learner, catalogue, passed_in_session):
        """A certificate claimed days after the session completed the module on the session's day: the reach
        report counts her training in the month it happened, not the month she clicked the link."""
        session_day = claim_issued_days_ago(learner, passed_in_session, 40)
        enrolment = Enrolment.objects.get(user=learner, course=catalogue.social)
        assert enrolment.completed_at == session_day
        assert enrolment.started_at == session_day  # made by the claim: it does not start after it ends

    def test_a_module_started_before_the_session_keeps_its_start(self, learner, catalogue, passed_in_session):
        """She had started the module herself before the session: that start stays."""
        from courses.services import enrol

        started = timezone.now() - timedelta(days=60)
        enrol(learner, catalogue.social)
        Enrolment.objects.update(started_at=started)
        session_day = claim_issued_days_ago(learner, passed_in_session, 40)
        enrolment = Enrolment.objects.get(user=learner, course=catalogue.social)
        assert (enrolment.started_at, enrolment.completed_at) == (started, session_day)


def claim_issued_days_ago(learner, certificate, days):
    """Date the certificate `days` ago (the session's day) and claim it now; returns that day."""
    session_day = timezone.now() - timedelta(days=days)
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=session_day)
    certificate.refresh_from_db()
    verify_address(learner)
    claim_certificate(learner, certificate)
    return session_day


def run_backfill():
    """reports/migrations/0007 with the migration's historical models."""
    import importlib

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    migration = importlib.import_module("reports.migrations.0007_completions_from_team_certificates")
    state = MigrationExecutor(connection).loader.project_state(("reports", "0007_completions_from_team_certificates"))
    migration.complete_from_team_certificates(state.apps, None)


@pytest.mark.django_db
class TestCertificatesClaimedBeforeTheCompletionWasRecorded:
    """A certificate put in the account before claims recorded the completion (2026-12-01) counts in the reports
    once the migration has run, from the day of the session."""

    @pytest.fixture
    def claimed_before(self, passed_in_session, learner):
        """Claimed the old way: the certificate became hers, and no enrolment was recorded."""
        session_day = timezone.now() - timedelta(days=40)
        Certificate.objects.filter(pk=passed_in_session.pk).update(learner=learner, issued_at=session_day)
        return session_day

    def test_the_module_counts_as_completed_on_the_day_of_the_session(self, learner, catalogue, claimed_before):
        from reports.models import ModuleProgress

        assert sum(row.completed for row in reach(Scope())) == 0
        run_backfill()
        enrolment = Enrolment.objects.get(user=learner, course=catalogue.social)
        assert enrolment.completed_at == claimed_before
        assert sum(row.completed for row in reach(Scope())) == 1
        assert ModuleProgress.objects.get(user_id=learner.pk, course_id=catalogue.social.pk).completed
        module = next(row for row in module_funnel(Scope()) if row.pk == catalogue.social.pk)
        assert (module.enrolled, module.completed) == (1, 1)

    def test_running_it_again_changes_nothing(self, learner, catalogue, claimed_before):
        run_backfill()
        first = list(Enrolment.objects.values_list("pk", "started_at", "completed_at"))
        run_backfill()
        assert list(Enrolment.objects.values_list("pk", "started_at", "completed_at")) == first

    def test_an_earlier_completion_date_is_kept(self, learner, catalogue, claimed_before):
        """She had finished the module herself before: that date stays."""
        own = timezone.now() - timedelta(days=100)
        Enrolment.objects.create(user=learner, course=catalogue.social)
        Enrolment.objects.update(completed_at=own)
        run_backfill()
        assert Enrolment.objects.get(user=learner, course=catalogue.social).completed_at == own

    def test_an_enrolment_without_a_date_gets_the_sessions(self, learner, catalogue, claimed_before):
        """She had started the module after the session (no completion): it is completed, and counts as
        started, on the day of the session."""
        Enrolment.objects.create(user=learner, course=catalogue.social)
        run_backfill()
        enrolment = Enrolment.objects.get(user=learner, course=catalogue.social)
        assert (enrolment.started_at, enrolment.completed_at) == (claimed_before, claimed_before)

    @pytest.mark.parametrize("change", ["expired", "revoked", "not claimed"])
    def test_a_certificate_that_does_not_count_completes_nothing(self, learner, passed_in_session, change):
        """Only a valid certificate in an account completes its module (the rule of `Certificate.status`)."""
        changes = {
            "expired": {"learner": learner, "valid_until": timezone.localdate() - timedelta(days=1)},
            "revoked": {"learner": learner, "revoked_at": timezone.now()},
            "not claimed": {},
        }[change]
        Certificate.objects.filter(pk=passed_in_session.pk).update(**changes)
        run_backfill()
        assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_the_cards_do_not_show_a_lessons_bar_at_nought_beside_module_afgerond(
    learner_client, learner, catalogue, claimed
):
    """Passed in a team session with no lesson read, the cards and the module page say the lessons are there to
    read (no bar at 0% beside "Module afgerond"); once every lesson is read the bar is back, full."""
    from courses.services import complete_lesson

    total = len(catalogue.social_lessons)
    for url in (catalogue.home.url, catalogue.index.url, catalogue.social.url):
        html = learner_client.get(url).content.decode()
        text = visible_text(html)
        assert f"Gelezen: 0 van {total} lessen (niet meer nodig)" in text, url
        assert "Voortgang: 0 van" not in text and not re.search(r'<progress[^>]*value="0"', html), url
    for lesson in catalogue.social_lessons:
        complete_lesson(learner, lesson)
    text = visible_text(learner_client.get(catalogue.social.url).content.decode())
    assert f"Voortgang: {total} van {total} lessen afgerond (100%)" in text
