from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest
from allauth.mfa.models import Authenticator

from accounts.factories import UserFactory
from certificates.factories import CertificateFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.services import start_session

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


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


def url_names(patterns, prefix=""):
    """Every (route, name) a URL list serves, nested includes flattened."""
    found = []
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if hasattr(pattern, "url_patterns"):
            found += url_names(pattern.url_patterns, route)
        else:
            found.append((route, pattern.name))
    return found


def test_the_log_in_addresses_are_allauths_own():
    """accounts.allauth_urls serves the routes and names of `allauth.urls`, in its order (checked at upgrades)."""
    import allauth.urls

    from accounts import allauth_urls

    assert url_names(allauth_urls.urlpatterns) == url_names(allauth.urls.urlpatterns)


@pytest.mark.django_db
class TestLogInWithTwoFactor:
    """The log-in form with allauth's stages (accounts.two_factor loads its WebAuthn part only when needed)."""

    def log_in(self, client, user):
        return client.post(reverse("account_login"), {"login": user.email, "password": "correct-horse-battery"})

    def test_a_user_with_an_authenticator_app_is_asked_for_a_code_and_then_logged_in(self, client, home_page):
        """A TOTP user's password leads to the code form; a wrong code is refused, the right one logs in."""
        from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value, yield_hotp_counters_from_time

        user = UserFactory()
        secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
        TOTP.activate(user, secret)
        response = self.log_in(client, user)
        assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
        assert "_auth_user_id" not in client.session
        assert client.post(reverse("mfa_authenticate"), {"code": "000000"}).status_code == 200
        counters = list(yield_hotp_counters_from_time())
        code = format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))
        response = client.post(reverse("mfa_authenticate"), {"code": code})
        assert response.status_code == 302 and client.session["_auth_user_id"] == str(user.pk)

    def test_a_user_without_one_is_logged_in_by_the_password(self, client, home_page):
        """A learner without an authenticator app goes straight in, with only recovery codes as well."""
        user = UserFactory()
        Authenticator.objects.create(user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "x"})
        response = self.log_in(client, user)
        assert response.status_code == 302 and response["Location"] != reverse("mfa_authenticate")
        assert client.session["_auth_user_id"] == str(user.pk)

    def test_the_two_factor_pages_answer(self, client, coordinator):
        """The lazily imported allauth views still serve: the overview and the reauthentication form."""
        from allauth.mfa.totp.internal.auth import TOTP

        TOTP.activate(coordinator, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        client.force_login(coordinator)
        assert client.get(reverse("mfa_index")).status_code == 200
        assert client.get(reverse("mfa_reauthenticate")).status_code == 200
