import pytest

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
