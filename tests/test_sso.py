import re
from unittest import mock

from django.core import mail
from django.core.cache import cache
from django.urls import reverse

import pytest
import requests

from accounts.factories import OrganisationFactory, UserFactory
from accounts.models import User
from tests.sso.provider import running_provider

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

OIDC_APP = {
    "provider_id": "almere",
    "name": "Gemeente Almere",
    "client_id": "leren-kijken",
    "secret": "geheim",
    "settings": {"server_url": "https://login.almere.example/.well-known/openid-configuration"},
}


@pytest.mark.django_db
def test_configured_municipality_login_is_offered(client, settings, home_page):
    """With an OpenID Connect provider configured, the log-in page offers "Gemeente Almere"."""
    settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [OIDC_APP]}}
    html = client.get("/account/login/").content.decode()
    assert "Gemeente Almere" in html and "/account/oidc/almere/login/" in html


@pytest.mark.django_db
def test_without_configuration_there_is_no_sso_button(client, home_page):
    """The local demo has no identity provider, so no SSO button."""
    assert "/account/oidc/" not in client.get("/account/login/").content.decode()


def test_sso_sign_up_still_asks_organisation_and_team(settings):
    """The form after a first SSO log-in is the site's sign-up form: name, organisation and team are asked."""
    from allauth.socialaccount.forms import SignupForm as SocialSignupForm

    from accounts.forms import SignupForm

    assert issubclass(SocialSignupForm, SignupForm)
    assert {"full_name", "organisation", "team"} <= set(SocialSignupForm.base_fields)
    assert settings.SOCIALACCOUNT_AUTO_SIGNUP is False


def form_action(response):
    """The sources of the form-action directive in a response's Content-Security-Policy."""
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";") if part.strip())
    return policy["form-action"].split()


ENTRA_AUTHORIZE = "https://login.microsoftonline.com/0000-tenant/oauth2/v2.0/authorize"


# No log-in happens in these tests, so the provider never redirects to this address.
CALLBACK = "http://testserver/account/oidc/almere/login/callback/"


@pytest.fixture
def discovered_provider():
    with running_provider([CALLBACK], {}) as provider:
        yield provider


@pytest.mark.django_db
class TestContentSecurityPolicy:
    def test_form_action_names_exactly_the_configured_providers(self, client, settings, home_page, discovered_provider):
        """The SSO buttons may send the browser to each provider's authorisation endpoint (set, or from its
        discovery document) and to no other host."""
        cache.clear()
        entra = {
            **OIDC_APP,
            "provider_id": "lelystad",
            "settings": {
                "server_url": "https://login.microsoftonline.com/0000-tenant/v2.0",
                "openid_configuration_overrides": {"authorization_endpoint": ENTRA_AUTHORIZE},
            },
        }
        settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [discovered_provider.app(), entra]}}
        response = client.get("/account/login/")
        assert form_action(response) == ["'self'", f"{discovered_provider.issuer}/auth", ENTRA_AUTHORIZE]
        assert form_action(client.get("/")) == ["'self'"]

    def test_without_providers_forms_go_only_to_the_site(self, client, home_page):
        """Without SSO configured, forms may only be sent to the site itself."""
        assert form_action(client.get("/account/login/")) == ["'self'"]

    def test_discovered_endpoint_is_cached(self, client, settings, home_page):
        """Pages keep naming the endpoint without asking the provider again (here: after it stopped)."""
        cache.clear()
        with running_provider([CALLBACK], {}) as provider:
            settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [provider.app()]}}
            client.get("/account/login/")
        assert form_action(client.get("/account/login/")) == ["'self'", f"{provider.issuer}/auth"]

    def test_discovery_fetched_by_allauth_refreshes_the_cached_endpoint(self, rf, settings, discovered_provider):
        """When allauth reads the discovery document at a log-in, the endpoint the pages name is updated."""
        from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter

        from accounts import sso

        settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [discovered_provider.app()]}}
        cache.clear()
        assert OpenIDConnectOAuth2Adapter(rf.get("/"), "almere").authorize_url == f"{discovered_provider.issuer}/auth"
        with mock.patch("requests.Session.send", side_effect=AssertionError("no second request")):
            assert sso.authorization_endpoints() == [f"{discovered_provider.issuer}/auth"]

    def test_unreachable_provider_adds_nothing_and_is_not_asked_on_every_page(self, client, settings, home_page):
        """A provider whose discovery document cannot be fetched adds no host, and is tried again only later."""
        cache.clear()
        app = {**OIDC_APP, "settings": {"server_url": "http://127.0.0.1:9"}}
        settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [app]}}
        with mock.patch("requests.Session.send", side_effect=requests.ConnectionError("refused")) as send:
            assert form_action(client.get("/account/login/")) == ["'self'"]
            assert form_action(client.get("/account/signup/")) == ["'self'"]
        assert send.call_count == 1


@pytest.mark.django_db
class TestSignupFromClaims:
    def sociallogin(self, rf, settings, claims, **app_settings):
        from allauth.socialaccount.adapter import get_adapter

        settings.SOCIALACCOUNT_PROVIDERS = {
            "openid_connect": {"APPS": [{**OIDC_APP, "settings": {**OIDC_APP["settings"], **app_settings}}]}
        }
        request = rf.get("/")
        provider = get_adapter().get_provider(request, "almere")
        return provider.sociallogin_from_response(request, {"id_token": {"sub": "1", **claims}})

    def test_name_email_and_organisation_come_from_the_provider(self, rf, settings, audiences):
        """The form after a first SSO log-in starts with the name and address the provider sent, and the
        provider's organisation selected."""
        from accounts.sso import SocialSignupForm

        almere = OrganisationFactory(name="Gemeente Almere")
        claims = {"email": "anna@almere.nl", "email_verified": True, "given_name": "Anna", "family_name": "de Vries"}
        form = SocialSignupForm(sociallogin=self.sociallogin(rf, settings, claims, organisation="Gemeente Almere"))
        assert form.initial["full_name"] == "Anna de Vries"
        assert form.initial["email"] == "anna@almere.nl"
        assert form.initial["organisation"] == almere.pk

    def test_address_outside_the_providers_domains_is_refused_with_a_message(self, rf, settings, audiences):
        """Typing another address on the SSO sign-up form gives a message naming the allowed domain."""
        from accounts.sso import SocialSignupForm

        claims = {"email": "anna@almere.nl", "email_verified": True, "name": "Anna"}
        sociallogin = self.sociallogin(rf, settings, claims, email_domains=["almere.nl"])
        data = {"full_name": "Anna", "email": "anna@gmail.example", "organisation": OrganisationFactory().pk}
        form = SocialSignupForm({**data, "team": audiences.social.pk}, sociallogin=sociallogin)
        assert not form.is_valid()
        assert "eindigt op @almere.nl" in form.errors["email"][0]


@pytest.mark.django_db
class TestDeletingAnAccountWithoutPassword:
    @pytest.fixture
    def sso_learner(self, client, home_page):
        user = UserFactory(email="carla@almere.nl")
        user.set_unusable_password()
        user.save()
        client.force_login(user)
        return user

    def test_deleting_needs_a_fresh_confirmation(self, client, sso_learner):
        """Without a fresh log-in or code, the account stays and the page says what to do; no password is asked."""
        page = client.get(reverse("accounts:delete_account")).content.decode()
        assert "Bevestig eerst dat jij het bent" in page and 'type="password"' not in page
        response = client.post(reverse("accounts:delete_account"))
        assert response.status_code == 400
        assert "vraag een code per e-mail" in response.content.decode()
        assert User.objects.filter(pk=sso_learner.pk).exists()

    def test_an_emailed_code_confirms_the_deletion(self, client, sso_learner, django_capture_on_commit_callbacks):
        """A code sent to the learner's address, typed back, lets them delete the account."""
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("account_request_reauthentication_code") + "?next=" + reverse("accounts:delete_account"),
                {"recipient": "carla@almere.nl"},
            )
        assert response.status_code == 302
        code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.MULTILINE).group(1)
        response = client.post(response["Location"], {"code": code})
        assert response["Location"] == reverse("accounts:delete_account")
        response = client.post(reverse("accounts:delete_account"))
        assert response.status_code == 302
        assert not User.objects.filter(pk=sso_learner.pk).exists()

    def test_confirming_with_a_provider_the_account_is_not_linked_to_is_refused(self, client, sso_learner):
        """Only a provider linked to the account can confirm its deletion."""
        response = client.post(reverse("accounts:confirm_with_sso"), {"provider": "almere"})
        assert response.status_code == 404


@pytest.mark.django_db
def test_profile_links_to_sso_linking_when_a_provider_is_configured(learner_client, settings, home_page):
    """With a provider configured, the profile page shows where to link the account to it."""
    connections = reverse("socialaccount_connections")
    assert connections not in learner_client.get(reverse("accounts:profile")).content.decode()
    settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [OIDC_APP]}}
    assert connections in learner_client.get(reverse("accounts:profile")).content.decode()


@pytest.mark.django_db
def test_mail_names_the_site_not_its_host(
    client, home_page, organisation, audiences, django_capture_on_commit_callbacks
):
    """Account e-mails greet with the site's name ("Hallo van Leren Kijken!"), never the server's host."""
    from tests.test_accounts import signup_data

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), signup_data(organisation, audiences.social))
    body = mail.outbox[-1].body
    assert "Hallo van Leren Kijken!" in body and "account bij Leren Kijken" in body
    assert "Hallo van testserver" not in body


@pytest.mark.django_db
def test_deletion_page_works_when_a_linked_provider_was_removed(client, home_page):
    """A learner linked to a provider that is no longer configured still gets the page, with the e-mailed code."""
    from allauth.socialaccount.models import SocialAccount

    user = UserFactory()
    user.set_unusable_password()
    user.save()
    SocialAccount.objects.create(user=user, provider="vertrokken", uid="1")
    client.force_login(user)
    page = client.get(reverse("accounts:delete_account")).content.decode()
    assert "Stuur me een code per e-mail" in page and "Opnieuw inloggen via" not in page
