import json
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from accounts.models import User
from briefings.factories import BriefingSessionFactory
from briefings.models import Registration
from briefings.services import register
from certificates.models import Certificate
from certificates.pdf import ensure_certificate_pdf
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt
from quizzes.services import start_attempt
from team_sessions.models import Participant, TeamSession
from team_sessions.services import join, start_session

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

RIGHT = "Ik schrijf op wat ik zie en overleg"


@pytest.fixture
def history(learner, learner_client, catalogue, django_capture_on_commit_callbacks):
    """A learner who passed a quiz (so holds a certificate) and registered for a briefing."""
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()])
    attempt = start_attempt(learner, quiz)
    key = next(c["key"] for c in attempt.questions[0]["choices"] if c["text"] == RIGHT)
    with django_capture_on_commit_callbacks(execute=True):
        learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 1]), {"choice": key})
        session = BriefingSessionFactory(capacity=1)
        registration = register(session, user=learner)
        waiting = register(session, user=UserFactory())
    certificate = Certificate.objects.get(learner=learner)
    ensure_certificate_pdf(certificate.code)
    team_session = start_session(UserFactory(), quiz, "Team wijkteam")
    seat, _token = join(team_session, "Łukasz", full_name="Łukasz Żółć", email=learner.email, user=learner)
    return {
        "attempt": attempt,
        "certificate": certificate,
        "registration": registration,
        "waiting": waiting,
        "team_session": team_session,
        "seat": seat,
    }


@pytest.mark.django_db
class TestPrivacy:
    def test_the_download_names_the_linked_single_sign_on_account(self, learner_client, learner):
        """An account linked to a municipality's identity provider shows that link (provider and subject)."""
        from allauth.socialaccount.models import SocialAccount

        SocialAccount.objects.create(user=learner, provider="almere", uid="sub-123")
        data = json.loads(learner_client.get(reverse("accounts:download_data")).content)
        [link] = data["account"]["single_sign_on"]
        assert (link["provider"], link["subject"]) == ("almere", "sub-123") and link["last_login"]

    def test_learner_downloads_their_data(self, learner_client, learner, history):
        """The JSON download holds the profile, attempts with answers, certificates and registrations."""
        response = learner_client.get(reverse("accounts:download_data"))
        assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
        data = json.loads(response.content)
        assert data["account"]["full_name"] == "Łukasz Żółć" and data["account"]["email"] == learner.email
        assert data["quiz_attempts"][0]["passed"] is True
        assert data["quiz_attempts"][0]["answers"][0]["chosen"] == [RIGHT]
        assert data["certificates"][0]["code"] == history["certificate"].display_code
        assert len(data["briefing_registrations"]) == 1
        assert data["team_sessions"][0]["group"] == "Team wijkteam"
        assert data["team_sessions"][0]["name_on_screen"] == "Łukasz"

    def test_data_download_needs_login(self, client, home_page):
        """Anonymous visitors are sent to log in."""
        assert client.get(reverse("accounts:download_data")).status_code == 302

    def test_wrong_password_deletes_nothing(self, learner_client, learner, history):
        """Deleting needs the password; a wrong one gives a message and keeps the account."""
        response = learner_client.post(reverse("accounts:delete_account"), {"password": "fout"})
        assert response.status_code == 400 and "Dit wachtwoord klopt niet." in response.content.decode()
        assert User.objects.filter(pk=learner.pk).exists()

    def test_deleting_the_account(self, learner_client, learner, history, django_capture_on_commit_callbacks):
        """Deleting anonymises attempts, revokes certificates (PDF gone, name removed) and frees the seat."""
        certificate, attempt = history["certificate"], history["attempt"]
        storage, pdf_name = certificate.pdf.storage, certificate.pdf.name
        assert storage.exists(pdf_name)
        with django_capture_on_commit_callbacks(execute=True):
            response = learner_client.post(reverse("accounts:delete_account"), {"password": "correct-horse-battery"})
        assert response.status_code == 302
        assert not User.objects.filter(pk=learner.pk).exists()
        attempt = Attempt.objects.get(pk=attempt.pk)
        assert attempt.user is None and attempt.passed is True
        certificate.refresh_from_db()
        assert certificate.revoked_at is not None and certificate.full_name == "Verwijderd account"
        assert not storage.exists(pdf_name)
        html = learner_client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
        assert "niet geldig" in html and "Łukasz" not in html
        assert Registration.objects.get(pk=history["waiting"].pk).status == Registration.Status.CONFIRMED
        assert not Participant.objects.filter(pk=history["seat"].pk).exists()
        assert TeamSession.objects.filter(pk=history["team_session"].pk).exists()

    def test_inactive_accounts_are_deleted_by_the_retention_command(self, learner, settings):
        """Learner accounts unused for the retention period are deleted; recent ones and staff stay."""
        settings.ACCOUNT_RETENTION_DAYS = 365
        old = UserFactory(last_login=timezone.now() - timedelta(days=400))
        staff = UserFactory(last_login=timezone.now() - timedelta(days=400), is_staff=True)
        learner.last_login = timezone.now() - timedelta(days=10)
        learner.save()
        call_command("delete_inactive_accounts")
        assert not User.objects.filter(pk=old.pk).exists()
        assert User.objects.filter(pk__in=[staff.pk, learner.pk]).count() == 2
