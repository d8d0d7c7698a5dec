import re

from django.core import mail
from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

PASSWORD = "Signalen-zien-2026!"


def signup_data(org, audience, **overrides):
    data = {
        "full_name": "Nguyễn Thị Hương",
        "email": "huong@example.org",
        "organisation": org.pk,
        "team": audience.pk,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
class TestSignup:
    def test_signup_asks_name_organisation_and_team(self, client, home_page, organisation, audiences):
        """The sign-up form asks full name, e-mail, organisation, team and password, in Dutch."""
        html = client.get(reverse("account_signup")).content.decode()
        for label in ["Volledige naam", "Organisatie", "Team", organisation.name, audiences.social.name]:
            assert label in html

    def test_signup_stores_profile_and_requires_email_confirmation(
        self, client, home_page, organisation, audiences, django_capture_on_commit_callbacks
    ):
        """A new account keeps name, organisation and team, and cannot log in before the e-mail is confirmed."""
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("account_signup"), signup_data(organisation, audiences.social))
        assert response.status_code == 302
        user = User.objects.get(email="huong@example.org")
        assert (user.full_name, user.organisation, user.team) == ("Nguyễn Thị Hương", organisation, audiences.social)
        assert not EmailAddress.objects.get(user=user).verified
        assert len(mail.outbox) == 1
        assert client.get(reverse("courses:dashboard")).status_code == 302

        link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[0].body).group(0)
        path = link.split("://", 1)[1].split("/", 1)[1]
        assert client.post("/" + path).status_code == 302
        assert EmailAddress.objects.get(user=user).verified
        assert client.get(reverse("courses:dashboard")).status_code == 200

    def test_unknown_organisation_is_refused_with_a_message(self, client, home_page, organisation, audiences):
        """A tampered organisation id gives a clear message and creates no account."""
        response = client.post(
            reverse("account_signup"), signup_data(organisation, audiences.social, organisation=999999)
        )
        assert response.status_code == 200
        assert "Kies een organisatie uit de lijst." in response.content.decode()
        assert not User.objects.filter(email="huong@example.org").exists()

    def test_very_long_name_is_refused_with_a_message(self, client, home_page, organisation, audiences):
        """A 10,000-character name gives a clear message, not a 500."""
        response = client.post(
            reverse("account_signup"), signup_data(organisation, audiences.social, full_name="a" * 10_000)
        )
        assert response.status_code == 200
        assert "hoogstens 150 tekens" in response.content.decode()
        assert not User.objects.exists()

    def test_html_in_name_is_stored_as_text_and_escaped(self, client, home_page, organisation, audiences):
        """HTML in a name never runs: it is shown as text on the dashboard."""
        name = '<script>alert("x")</script><b>Jan</b>'
        client.post(reverse("account_signup"), signup_data(organisation, audiences.social, full_name=name))
        user = User.objects.get(email="huong@example.org")
        assert user.full_name == name
        EmailAddress.objects.filter(user=user).update(verified=True)
        client.force_login(user)
        html = client.get(reverse("courses:dashboard")).content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;Jan&lt;/b&gt;" in html

    def test_second_signup_with_same_email_creates_no_account(
        self, client, home_page, organisation, audiences, learner, django_capture_on_commit_callbacks
    ):
        """Signing up again with a known address makes no second account and tells the owner by e-mail."""
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("account_signup"), signup_data(organisation, audiences.social, email=learner.email)
            )
        assert response.status_code in (200, 302)
        assert User.objects.filter(email=learner.email).count() == 1
        assert len(mail.outbox) == 1
        assert learner.email in mail.outbox[0].to


@pytest.mark.django_db
class TestProfile:
    def test_profile_changes_name_organisation_and_team(self, learner_client, learner, audiences, home_page):
        """A learner changes their name, organisation and team on the profile page."""
        from accounts.factories import OrganisationFactory

        school = OrganisationFactory(name="Scholengemeenschap De Polder", kind="school")
        response = learner_client.post(
            reverse("accounts:profile"),
            {"full_name": "Ørsted Ağaoğlu", "organisation": school.pk, "team": audiences.school.pk},
        )
        assert response.status_code == 302
        learner.refresh_from_db()
        assert (learner.full_name, learner.organisation, learner.team) == ("Ørsted Ağaoğlu", school, audiences.school)

    def test_invalid_profile_changes_nothing(self, learner_client, learner, audiences, home_page):
        """An unknown team id is refused with a message and leaves the profile as it was."""
        response = learner_client.post(
            reverse("accounts:profile"),
            {"full_name": "Iemand Anders", "organisation": learner.organisation_id, "team": 424242},
        )
        assert response.status_code == 400
        assert "Kies een team uit de lijst." in response.content.decode()
        learner.refresh_from_db()
        assert learner.full_name == "Łukasz Żółć"

    def test_profile_needs_login(self, client, home_page):
        """Anonymous visitors are sent to the log-in page."""
        response = client.get(reverse("accounts:profile"))
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


@pytest.mark.django_db
def test_double_signup_race_gives_no_500(client, home_page, organisation, audiences, monkeypatch):
    """When a second request with the same address wins the race, the sign-up answers normally, not 500."""
    from django.db import IntegrityError

    def lost_race(self, request, user, form, commit=True):
        raise IntegrityError("UNIQUE constraint failed: accounts_user.email")

    monkeypatch.setattr("allauth.account.adapter.DefaultAccountAdapter.save_user", lost_race)
    response = client.post(reverse("account_signup"), signup_data(organisation, audiences.social))
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not User.objects.filter(email="huong@example.org").exists()


@pytest.mark.django_db
def test_account_mail_goes_through_the_queue(
    client, home_page, organisation, audiences, monkeypatch, django_capture_on_commit_callbacks
):
    """With the mail server down, signing up still works; the confirmation waits in the queue for a retry."""
    from smtplib import SMTPException

    from home.models import OutgoingEmail

    def refuse(*args, **kwargs):
        raise SMTPException("down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), signup_data(organisation, audiences.social))
    assert response.status_code == 302
    assert User.objects.filter(email="huong@example.org").exists()
    queued = OutgoingEmail.objects.get(to="huong@example.org")
    assert queued.sent_at is None and queued.attempts == 1 and "down" in queued.last_error
    assert "confirm-email" in queued.text_body
