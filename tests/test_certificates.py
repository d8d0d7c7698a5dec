from datetime import datetime, timedelta
from smtplib import SMTPException

from django.core import mail
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from certificates.issuing import add_years, issue_certificate
from certificates.models import Certificate, new_verification_code, normalise_code
from certificates.notifications import send_expiry_reminders
from home.mail import send_due_emails
from home.models import OutgoingEmail
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt
from quizzes.services import start_attempt

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

RIGHT = "Ik schrijf op wat ik zie en overleg"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def quiz(catalogue):
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(), QuestionFactory()])


def pass_quiz(client, learner, quiz, django_capture_on_commit_callbacks):
    attempt = start_attempt(learner, quiz)
    with django_capture_on_commit_callbacks(execute=True):
        for position, question in enumerate(attempt.questions, start=1):
            key = next(c["key"] for c in question["choices"] if c["text"] == RIGHT)
            client.post(reverse("quizzes:question", args=[attempt.uuid, position]), {"choice": key})
    attempt.refresh_from_db()
    return attempt


@pytest.mark.django_db
class TestIssuing:
    def test_passing_issues_one_certificate_and_emails_it(
        self, learner_client, learner, quiz, catalogue, django_capture_on_commit_callbacks
    ):
        """Passing the quiz issues a certificate, mails it with the PDF and the briefing invitation, once."""
        attempt = pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        certificate = Certificate.objects.get(learner=learner)
        assert certificate.attempt == attempt
        assert certificate.full_name == "Łukasz Żółć" and certificate.course_title == catalogue.social.title
        assert certificate.valid_until == add_years(timezone.localdate(), 2)
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == [learner.email] and catalogue.social.title in message.subject
        assert certificate.display_code in message.body and "/bijeenkomsten/" in message.body
        assert message.attachments[0][0] == f"certificaat-{certificate.display_code}.pdf"
        assert message.attachments[0][1][:4] == b"%PDF"
        assert issue_certificate(attempt) == certificate
        assert Certificate.objects.count() == 1

    def test_the_certificate_names_the_learners_team_or_else_the_modules_teams(
        self, learner_client, learner, quiz, catalogue, audiences, django_capture_on_commit_callbacks
    ):
        """A module for two teams: a learner in one of them gets her own team ("Voor het team: Sociaal domein",
        what she trained for); a learner in neither gets both, in the teams' order."""
        catalogue.social.audiences.add(audiences.school)
        catalogue.social.save_revision().publish()
        learner.team = audiences.social
        learner.save()
        pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        assert Certificate.objects.get(learner=learner).audience_names == "Sociaal domein"
        from certificates.issuing import audience_on_certificate

        learner.team = None
        assert audience_on_certificate(learner, catalogue.social) == "Onderwijs, Sociaal domein"
        assert audience_on_certificate(None, catalogue.social) == "Onderwijs, Sociaal domein"

    def test_double_submit_of_the_last_answer_issues_one_certificate(
        self, learner_client, learner, quiz, django_capture_on_commit_callbacks
    ):
        """Posting the passing last answer twice grades once, issues one certificate and sends one e-mail."""
        attempt = start_attempt(learner, quiz)
        keys = [next(c["key"] for c in q["choices"] if c["text"] == RIGHT) for q in attempt.questions]
        with django_capture_on_commit_callbacks(execute=True):
            learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 1]), {"choice": keys[0]})
            first = learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 2]), {"choice": keys[1]})
            second = learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 2]), {"choice": keys[1]})
        assert first.status_code == 302 and second.status_code == 409
        assert Certificate.objects.filter(learner=learner).count() == 1
        assert len(mail.outbox) == 1

    def test_result_page_offers_download_and_briefing(
        self, learner_client, learner, quiz, django_capture_on_commit_callbacks
    ):
        """The result page and the e-mail of a passed attempt link to the PDF and show the upcoming briefings."""
        from briefings.factories import BriefingSessionFactory

        briefing = BriefingSessionFactory(title="Bijeenkomst voor het sociaal domein")
        attempt = pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        assert "Bijeenkomst voor het sociaal domein" in mail.outbox[0].body
        # Each session in the invitation links to its own page, to register with one button.
        assert reverse("briefings:register", args=[briefing.pk]) in mail.outbox[0].body
        html = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()
        code = Certificate.objects.get().code
        assert reverse("certificates:download", args=[code]) in html
        assert reverse("briefings:list") in html
        assert "Bijeenkomst voor het sociaal domein" in html

    def test_passing_again_while_valid_keeps_the_certificate_and_after_expiry_gives_a_new_one(
        self, learner_client, learner, quiz, django_capture_on_commit_callbacks
    ):
        """One valid certificate per module: a second pass reuses it; a pass after expiry issues a new one."""
        pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        assert Certificate.objects.count() == 1
        Certificate.objects.update(valid_until=timezone.localdate() - timedelta(days=1))
        pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        assert Certificate.objects.count() == 2
        assert Certificate.objects.filter(valid_until__gte=timezone.localdate()).count() == 1

    def test_a_failed_attempt_earns_nothing(self, learner, quiz):
        """Issuing refuses an attempt that did not pass."""
        attempt = start_attempt(learner, quiz)
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now(), passed=False, score=10)
        attempt.refresh_from_db()
        with pytest.raises(ValueError):
            issue_certificate(attempt)
        assert not Certificate.objects.exists()

    def test_mail_server_down_keeps_the_certificate_and_retries(
        self, learner_client, learner, quiz, django_capture_on_commit_callbacks, monkeypatch
    ):
        """With the mail server down the certificate still exists; the mail goes out once the server is back."""

        def refuse(*args, **kwargs):
            raise SMTPException("connection refused")

        monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
        pass_quiz(learner_client, learner, quiz, django_capture_on_commit_callbacks)
        assert Certificate.objects.filter(learner=learner).exists()
        queued = OutgoingEmail.objects.get()
        assert queued.sent_at is None and queued.attempts == 1 and "connection refused" in queued.last_error
        monkeypatch.undo()
        assert send_due_emails(now=timezone.now() + timedelta(minutes=2)) == (1, 0)
        assert len(mail.outbox) == 1
        assert send_due_emails(now=timezone.now() + timedelta(hours=1)) == (0, 0)
        assert len(mail.outbox) == 1


def make_certificate(learner, **fields):
    defaults = {
        "full_name": learner.full_name,
        "email": learner.email,
        "course_title": "Mensenhandel herkennen in het sociaal domein",
        "valid_until": timezone.localdate() + timedelta(days=700),
    }
    defaults.update(fields)
    return Certificate.objects.create(learner=learner, **defaults)


@pytest.mark.django_db
class TestVerification:
    def test_codes_are_long_random_and_readable(self):
        """Codes carry 100 bits, are shown in groups of four, and typing variants still match."""
        codes = {new_verification_code() for _ in range(200)}
        assert len(codes) == 200 and all(len(code) == 20 for code in codes)
        certificate = Certificate(code="ABCD0EFGH1JKMNPQRSTV")
        assert certificate.display_code == "ABCD-0EFG-H1JK-MNPQ-RSTV"
        assert normalise_code("abcd-oefg h1jk-mnpq-rstv") == "ABCD0EFGH1JKMNPQRSTV"

    def test_states_valid_expired_revoked_and_not_found(self, client, learner, home_page):
        """The public page says valid, expired or revoked, with name, module and date only; unknown is 404."""
        valid = make_certificate(learner)
        expired = make_certificate(learner, valid_until=timezone.localdate() - timedelta(days=1))
        revoked = make_certificate(learner, revoked_at=timezone.now(), revoked_reason="Fraude bij de toets")
        html = client.get(reverse("certificates:verify", args=[valid.display_code])).content.decode()
        assert "Dit certificaat is geldig." in html and "Łukasz Żółć" in html and learner.email not in html
        html = client.get(reverse("certificates:verify", args=[expired.code])).content.decode()
        assert "Dit certificaat is verlopen." in html
        html = client.get(reverse("certificates:verify", args=[revoked.code])).content.decode()
        assert "ingetrokken en niet geldig" in html and "Fraude" not in html
        response = client.get(reverse("certificates:verify", args=["NIETBESTAAND"]))
        assert response.status_code == 404 and "Niet gevonden" in response.content.decode()

    def test_lookup_form_goes_to_the_code(self, client, learner, home_page):
        """Typing the code from paper leads to its verification page."""
        certificate = make_certificate(learner)
        response = client.get(reverse("certificates:verify_lookup"), {"code": certificate.display_code.lower()})
        assert response["Location"] == reverse("certificates:verify", args=[certificate.code])

    def test_verification_is_rate_limited(self, client, learner, home_page, settings):
        """Too many look-ups from one address get a 429 with a message."""
        settings.VERIFY_RATE_LIMIT = "3/m/ip"
        codes = ["AAAA", "BBBB", "CCCC"]
        assert [client.get(reverse("certificates:verify", args=[c])).status_code for c in codes] == [404] * 3
        response = client.get(reverse("certificates:verify", args=["DDDD"]))
        assert response.status_code == 429 and "Wacht een minuut" in response.content.decode()


@pytest.mark.django_db
class TestDownload:
    def test_owner_downloads_the_stored_pdf(self, learner_client, learner, home_page):
        """The learner downloads their PDF; it is rendered once and stored."""
        certificate = make_certificate(learner)
        response = learner_client.get(reverse("certificates:download", args=[certificate.code]))
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content)[:4] == b"%PDF"
        certificate.refresh_from_db()
        assert certificate.pdf.name == f"certificates/{certificate.code}.pdf"

    def test_others_get_404(self, client, learner, home_page):
        """Another learner gets 404 for the PDF, told the certificate does not exist."""
        certificate = make_certificate(learner)
        client.force_login(UserFactory())
        response = client.get(reverse("certificates:download", args=[certificate.code]))
        assert response.status_code == 404 and "Dit certificaat bestaat niet" in response.content.decode()

    @pytest.mark.parametrize("kind", ["pdf", "json", "png"])
    def test_logged_out_owner_logs_in_and_finds_the_download(self, client, learner, home_page, kind):
        """The e-mail's link opened while logged out leads to the log-in page, which says why, and after logging
        in to "Mijn certificaten" with the download link: not to "Dit certificaat bestaat niet", and not to a
        download that leaves the browser on the filled-in log-in form. An unknown code gets the very same
        redirect, so nothing is revealed."""
        certificate = make_certificate(learner)
        if kind == "pdf":
            url = reverse("certificates:download", args=[certificate.code])
        else:
            url = reverse("certificates:credential_download", args=[certificate.code, kind])
        response = client.get(url)
        login = f"{reverse('account_login')}?next=/mijn/%23certificates-heading"
        assert response.status_code == 302 and response["Location"] == login
        login_page = client.get(login).content.decode()
        assert "Log in om je certificaat te downloaden." in login_page
        unknown = url.replace(certificate.code, "A" * len(certificate.code))
        assert client.get(unknown)["Location"] == login
        response = client.post(login, {"login": learner.email, "password": "correct-horse-battery"})
        assert response["Location"] == "/mijn/#certificates-heading"
        overview = client.get("/mijn/").content.decode()
        assert 'id="certificates-heading"' in overview
        assert reverse("certificates:download", args=[certificate.code]) in overview

    def test_coordinator_downloads_any_certificate(self, client, learner, home_page, django_user_model):
        """A coordinator (with the view permission) downloads any learner's certificate."""
        certificate = make_certificate(learner)
        coordinator = django_user_model.objects.create_superuser(
            email="coordinator@example.org", password="x", full_name="Coördinator"
        )
        client.force_login(coordinator)
        assert client.get(reverse("certificates:download", args=[certificate.code])).status_code == 200

    def test_dashboard_lists_certificates(self, learner_client, learner, home_page):
        """Mijn leeromgeving lists the learner's certificates with their status and code."""
        certificate = make_certificate(learner)
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        assert "Mijn certificaten" in html and certificate.display_code in html and "geldig" in html


@pytest.mark.django_db
class TestRevocation:
    @pytest.fixture
    def admin_client(self, client, django_user_model):
        admin = django_user_model.objects.create_superuser(email="admin@example.org", password="x", full_name="A")
        client.force_login(admin)
        return client

    def test_revoking_needs_the_confirmation_post_and_a_reason(self, admin_client, learner, home_page):
        """The confirmation page shows holder, module and code; only a POST with a reason revokes."""
        certificate = make_certificate(learner)
        url = f"/admin/snippets/certificates/certificate/{certificate.pk}/intrekken/"
        page = admin_client.get(url).content.decode()
        assert "Certificaat intrekken" in page
        assert certificate.full_name in page and certificate.course_title in page and certificate.display_code in page
        certificate.refresh_from_db()
        assert certificate.revoked_at is None
        for reason in ("", "   "):
            response = admin_client.post(url, {"reason": reason})
            assert response.status_code == 400 and "Geef de reden" in response.content.decode()
        certificate.refresh_from_db()
        assert certificate.revoked_at is None
        response = admin_client.post(url, {"reason": "Uitgegeven aan de verkeerde persoon"})
        assert response.status_code == 302
        certificate.refresh_from_db()
        assert certificate.revoked_at is not None
        assert certificate.revoked_reason == "Uitgegeven aan de verkeerde persoon"

    def test_verification_says_revoked_on_with_its_date_and_no_valid_until(self, client, learner, home_page):
        """A revoked certificate's public page says "Ingetrokken op <date>" and not "Geldig tot"."""
        revoked_at = timezone.make_aware(datetime(2026, 3, 12, 10, 0))
        certificate = make_certificate(learner, revoked_at=revoked_at, revoked_reason="Fout")
        html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
        assert "Ingetrokken op" in html and "12 maart 2026" in html
        assert "Geldig tot" not in html

    def test_listing_has_no_add_button_and_offers_revoking(self, admin_client, learner, home_page):
        """The certificate list has no "Certificaat toevoegen" button; each valid certificate can be revoked."""
        certificate = make_certificate(learner)
        html = admin_client.get("/admin/snippets/certificates/certificate/").content.decode()
        assert "toevoegen" not in html.lower() and "/certificate/add/" not in html
        assert f"/certificate/{certificate.pk}/intrekken/" in html and "Display code" not in html
        edit = admin_client.get(f"/admin/snippets/certificates/certificate/edit/{certificate.pk}/")
        assert edit.status_code == 302 and edit["Location"].endswith(f"/{certificate.pk}/intrekken/")

    def test_certificates_cannot_be_created_in_the_admin(self, admin_client, home_page):
        """Certificates come from passing a quiz; the admin's add view refuses (Wagtail sends you back)."""
        response = admin_client.get("/admin/snippets/certificates/certificate/add/")
        assert response.status_code in (302, 403)
        assert admin_client.post("/admin/snippets/certificates/certificate/add/", {}).status_code in (302, 403)
        assert not Certificate.objects.exists()

    def test_admin_search_by_name_and_code(self, admin_client, learner, home_page):
        """The coordinator finds a certificate by name or by code."""
        certificate = make_certificate(learner)
        html = admin_client.get("/admin/snippets/certificates/certificate/", {"q": certificate.code}).content.decode()
        assert "Łukasz Żółć" in html


@pytest.mark.django_db
def test_expiry_reminder_is_sent_once_thirty_days_before(learner, home_page, django_capture_on_commit_callbacks):
    """Thirty days before expiry the holder gets one reminder that explains how to renew."""
    today = timezone.localdate()
    soon = make_certificate(learner, valid_until=today + timedelta(days=30))
    make_certificate(learner, valid_until=today + timedelta(days=31))
    make_certificate(learner, valid_until=today + timedelta(days=10), revoked_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert send_expiry_reminders(today) == 1
        assert send_expiry_reminders(today) == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert "verlopen" in message.subject.lower() or "verloopt" in message.subject.lower()
    assert "toets van de module opnieuw" in message.body
    soon.refresh_from_db()
    assert soon.expiry_reminder_sent_at is not None


@pytest.mark.django_db
def test_revoked_certificate_is_not_downloadable_by_its_holder(learner_client, learner, home_page):
    """Once revoked, the holder gets a 404 for the PDF and the dashboard offers no download."""
    certificate = make_certificate(learner, revoked_at=timezone.now(), revoked_reason="Fout")
    assert learner_client.get(reverse("certificates:download", args=[certificate.code])).status_code == 404
    html = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("certificates:download", args=[certificate.code]) not in html


@pytest.mark.django_db
def test_certificates_cannot_be_deleted_in_the_admin(client, learner, home_page, django_user_model):
    """Deleting is refused: a certificate is revoked, so verification keeps saying so."""
    admin = django_user_model.objects.create_superuser(email="admin@example.org", password="x", full_name="A")
    client.force_login(admin)
    certificate = make_certificate(learner)
    response = client.post(f"/admin/snippets/certificates/certificate/delete/{certificate.pk}/")
    assert response.status_code in (302, 403)
    assert Certificate.objects.filter(pk=certificate.pk).exists()


@pytest.mark.django_db
def test_queued_mail_is_sent_once_even_when_two_senders_race():
    """The task and the retry command claim a message before sending, so it goes out once."""
    from home.mail import deliver

    email = OutgoingEmail.objects.create(to="a@example.org", subject="Test", text_body="Hallo")
    copy = OutgoingEmail.objects.get(pk=email.pk)
    assert deliver(email) is True
    assert deliver(copy) is False
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_mail_retries_stop_after_the_limit(monkeypatch):
    """A message that keeps failing is retried a bounded number of times, then left with its error."""
    from home.mail import MAX_ATTEMPTS

    def refuse(*args, **kwargs):
        raise SMTPException("down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    OutgoingEmail.objects.create(to="a@example.org", subject="Test", text_body="Hallo")
    now = timezone.now()
    for hour in range(MAX_ATTEMPTS + 5):
        send_due_emails(now=now + timedelta(days=hour))
    email = OutgoingEmail.objects.get()
    assert email.attempts == MAX_ATTEMPTS and email.sent_at is None and "down" in email.last_error
