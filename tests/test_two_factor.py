from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest
from allauth.mfa.models import Authenticator

from accounts.factories import UserFactory
from certificates.factories import CertificateFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.services import start_session


@pytest.fixture
def coordinator(db, django_user_model):
    return django_user_model.objects.create_superuser(
        email="coordinator@example.org", password="x-wachtwoord-x", full_name="Coördinator"
    )


@pytest.mark.django_db
class TestStaffTwoFactor:
    def test_required_setting_sends_staff_to_set_up_an_authenticator(self, client, coordinator, settings, home_page):
        """With REQUIRE_STAFF_MFA on, a coordinator without an authenticator app is sent to set one up."""
        settings.REQUIRE_STAFF_MFA = True
        client.force_login(coordinator)
        response = client.get("/admin/")
        assert response.status_code == 302 and response["Location"] == "/account/2fa/totp/activate/"
        # allauth asks for the password again before a new authenticator is added.
        reauthenticate = client.get(response["Location"])
        assert reauthenticate["Location"].startswith("/account/reauthenticate/")
        client.post(reauthenticate["Location"], {"password": "x-wachtwoord-x"})
        page = client.get("/account/2fa/totp/activate/")
        assert page.status_code == 200 and 'name="code"' in page.content.decode()

    def test_staff_with_an_authenticator_reach_the_admin(self, client, coordinator, settings):
        """Once TOTP is set up, the admin opens (allauth asks for the code at log-in)."""
        settings.REQUIRE_STAFF_MFA = True
        Authenticator.objects.create(user=coordinator, type=Authenticator.Type.TOTP, data={"secret": "x"})
        client.force_login(coordinator)
        assert client.get("/admin/").status_code == 200

    def test_learners_and_the_demo_are_not_affected(self, client, coordinator, settings, home_page):
        """Learners never see the requirement; with the setting off (the local demo) staff go straight in."""
        settings.REQUIRE_STAFF_MFA = True
        client.force_login(UserFactory())
        assert client.get("/mijn/").status_code == 200
        settings.REQUIRE_STAFF_MFA = False
        client.force_login(coordinator)
        assert client.get("/admin/").status_code == 200


def with_totp(user):
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})


@pytest.mark.django_db
class TestStaffPowersOutsideTheAdmin:
    """With REQUIRE_STAFF_MFA on, staff powers anywhere need the second factor, not only under /admin/."""

    @pytest.fixture(autouse=True)
    def required(self, settings):
        settings.REQUIRE_STAFF_MFA = True

    @pytest.fixture
    def facilitator(self, organisation):
        group, _ = Group.objects.get_or_create(name="Begeleiders (test)")
        group.permissions.add(Permission.objects.get(codename="add_teamsession"))
        user = UserFactory(organisation=organisation)
        user.groups.add(group)
        return user

    @pytest.fixture
    def session(self, facilitator, catalogue):
        quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)
        return start_session(facilitator, quiz, "Team mentoren")

    def test_a_coordinator_without_totp_cannot_download_someone_elses_certificate(
        self, client, coordinator, home_page, settings, tmp_path
    ):
        """Without an authenticator app a coordinator gets a learner's answer for another's certificate PDF."""
        settings.MEDIA_ROOT = tmp_path
        certificate = CertificateFactory()
        client.force_login(coordinator)
        url = reverse("certificates:download", args=[certificate.code])

        assert client.get(url).status_code == 404
        with_totp(coordinator)
        assert client.get(url).status_code == 200

    def test_a_coordinator_without_totp_cannot_open_another_facilitators_participants(
        self, client, coordinator, session
    ):
        """Without an authenticator app a coordinator cannot open another facilitator's participant list."""
        client.force_login(coordinator)
        url = reverse("team_sessions:participants", args=[session.uuid])

        response = client.get(url)
        assert response.status_code in (302, 404)
        assert response.status_code == 404 or response["Location"] == reverse("mfa_activate_totp")
        with_totp(coordinator)
        assert client.get(url).status_code == 200

    def test_a_facilitator_without_totp_is_sent_to_set_it_up(self, client, facilitator, catalogue):
        """A facilitator without an authenticator app who opens the team sessions or the guide is sent to set
        one up; with it, both open."""
        client.force_login(facilitator)
        guide = reverse("team_sessions:facilitator_guide", args=[catalogue.social.pk])

        for url in (reverse("team_sessions:index"), guide):
            response = client.get(url)
            assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")
        with_totp(facilitator)
        assert client.get(reverse("team_sessions:index")).status_code == 200

    def test_staff_without_totp_keep_their_learner_pages(self, client, coordinator, home_page, settings, tmp_path):
        """Without an authenticator app staff still reach their own dashboard and certificate, as learners."""
        settings.MEDIA_ROOT = tmp_path
        own = CertificateFactory(learner=coordinator)
        client.force_login(coordinator)

        assert client.get("/mijn/").status_code == 200
        assert client.get(reverse("certificates:download", args=[own.code])).status_code == 200
