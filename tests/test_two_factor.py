import pytest
from allauth.mfa.models import Authenticator

from accounts.factories import UserFactory


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
