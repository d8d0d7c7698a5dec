"""Single sign-on with a municipality's identity provider (OpenID Connect, through allauth).

The providers are `settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"]` (the OIDC_PROVIDERS
environment variable, docs/deployment.md). Besides allauth's own keys, an app's "settings" may hold:

- "organisation": the name of the Organisation the provider belongs to; its sign-up form pre-selects it.
- "email_domains": e.g. ["almere.nl"]; only addresses in these domains may sign up or log in through it.

Browsers hold the redirect from the SSO button to the provider to the Content Security Policy's
form-action of the page with the button, so that directive must name each provider's authorisation
endpoint. allauth reads that endpoint from the provider's discovery document at every log-in; this
module keeps it in the cache (shared by all app servers) so pages can name it without asking the
provider each time.
"""

import hashlib
import logging
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

import requests

logger = logging.getLogger(__name__)

WELL_KNOWN = "/.well-known/openid-configuration"
# How long a discovered authorisation endpoint is trusted, and how long to wait after a failed look-up.
DISCOVERY_CACHE_SECONDS = 6 * 3600
DISCOVERY_RETRY_SECONDS = 60
# The session flag that marks a log-in started by `start_reauthentication`.
REAUTHENTICATE = "reauthenticate"


def oidc_apps():
    """The configured OpenID Connect apps: a list of dicts as in OIDC_PROVIDERS (possibly empty)."""
    return settings.SOCIALACCOUNT_PROVIDERS.get("openid_connect", {}).get("APPS", [])


def provider_settings(provider_id):
    """The "settings" dict of the app with this provider_id; {} when there is none."""
    for app in oidc_apps():
        if app.get("provider_id") == provider_id:
            return app.get("settings", {})
    return {}


def discovery_url(server_url):
    """The discovery document's URL for an app's server_url, the way allauth derives it."""
    return server_url if "/.well-known/" in server_url else server_url + WELL_KNOWN


def _cache_key(url):
    return "sso:authorization-endpoint:" + hashlib.sha256(url.encode()).hexdigest()


def remember_discovery(url, document):
    """Keep a discovery document's authorization_endpoint for `url` (called whenever one is fetched)."""
    endpoint = document.get("authorization_endpoint") if isinstance(document, dict) else None
    if isinstance(endpoint, str) and endpoint.startswith(("https://", "http://")):
        cache.set(_cache_key(url), endpoint, DISCOVERY_CACHE_SECONDS)


def _discover(url):
    """Fetch the discovery document once; on failure remember that for a minute, so pages stay fast."""
    from allauth.socialaccount.adapter import get_adapter

    try:
        with get_adapter().get_requests_session() as session:
            response = session.get(url)
            response.raise_for_status()
            document = response.json()
    except (requests.RequestException, ValueError) as error:
        logger.warning("SSO discovery document %s not available: %s", url, error)
        cache.set(_cache_key(url), "", DISCOVERY_RETRY_SECONDS)
        return None
    # The session's response hook (SocialAccountAdapter) stored it already; this covers other sessions.
    remember_discovery(url, document)
    return cache.get(_cache_key(url)) or None


def authorization_endpoints():
    """The authorisation endpoint URLs of all configured providers, in configuration order.

    An endpoint set in the app's "openid_configuration_overrides" is used as is; otherwise it comes from
    the discovery document at server_url, cached for DISCOVERY_CACHE_SECONDS. A provider whose document
    cannot be fetched is left out (its log-in cannot work either) and asked again after a minute.
    """
    endpoints = []
    for app in oidc_apps():
        app_config = app.get("settings", {})
        endpoint = app_config.get("openid_configuration_overrides", {}).get("authorization_endpoint")
        if not endpoint and app_config.get("server_url"):
            url = discovery_url(app_config["server_url"])
            endpoint = cache.get(_cache_key(url))
            if endpoint is None:
                endpoint = _discover(url)
        if endpoint and endpoint not in endpoints:
            endpoints.append(endpoint)
    return endpoints


def remember_discovery_response(response, *args, **kwargs):
    """A `requests` response hook: a discovery document allauth fetched refreshes the cached endpoint."""
    requested = (response.history[0] if response.history else response).request.url
    if response.ok and "/.well-known/" in requested:
        try:
            remember_discovery(requested, response.json())
        except ValueError:
            pass
    return response


def allowed_email_domains(provider_id):
    """The lower-case e-mail domains a provider is limited to; [] means any domain."""
    return [domain.lower().lstrip("@") for domain in provider_settings(provider_id).get("email_domains", [])]


def email_domain_allowed(provider_id, email):
    """True when `email` may sign up or log in through this provider (see allowed_email_domains)."""
    domains = allowed_email_domains(provider_id)
    return not domains or (email or "").rpartition("@")[2].lower() in domains


def organisation_for(provider_id):
    """The Organisation a provider belongs to ("organisation" in its settings), or None."""
    from .models import Organisation

    name = provider_settings(provider_id).get("organisation")
    return Organisation.objects.filter(name=name).first() if name else None


def full_name_from_claims(claims):
    """The name for the certificate from OpenID Connect claims: "name", else given + family name; or ""."""
    name = (claims.get("name") or "").strip()
    if not name:
        name = " ".join(part.strip() for part in (claims.get("given_name"), claims.get("family_name")) if part)
    return " ".join(name.split())[:150]


def domain_error_message(provider_name, provider_id):
    """The message for an address outside the provider's e-mail domains (page and form)."""
    domains = ", ".join(f"@{domain}" for domain in allowed_email_domains(provider_id))
    return _(
        "Inloggen via %(provider)s kan alleen met een e-mailadres dat eindigt op %(domains)s. "
        "Log in met je e-mailadres en wachtwoord, of vraag je ICT-afdeling om je account te controleren."
    ) % {"provider": provider_name, "domains": domains}


def start_reauthentication(request, provider_id, next_url):
    """Send the signed-in learner to their provider to log in again (prompt=login), then to `next_url`.

    Returns the redirect; raises SocialApp.DoesNotExist for an unknown provider_id. The log-in that
    comes back counts as a fresh reauthentication (`record_sso_reauthentication`).
    """
    from allauth.socialaccount.adapter import get_adapter
    from allauth.socialaccount.providers.base import AuthProcess

    provider = get_adapter().get_provider(request, provider_id)
    return provider.redirect(
        request,
        AuthProcess.LOGIN,
        next_url=next_url,
        data={REAUTHENTICATE: True},
        auth_params={**provider.get_auth_params(), "prompt": "login"},
        scope=None,
    )


def record_sso_reauthentication(sender, request, user, sociallogin=None, **kwargs):
    """allauth's user_logged_in receiver: a log-in started by start_reauthentication counts as allauth
    reauthentication (method "socialaccount", see ACCOUNT_REAUTHENTICATION_METHODS)."""
    from allauth.account.internal.flows.login import record_authentication

    if sociallogin is None or (sociallogin.state.get("data") or {}).get(REAUTHENTICATE) is not True:
        return
    record_authentication(
        request,
        user,
        "socialaccount",
        reauthenticated=True,
        provider=sociallogin.account.provider,
        uid=sociallogin.account.uid,
    )


def recently_reauthenticated(request):
    """True when the learner proved who they are within ACCOUNT_REAUTHENTICATION_TIMEOUT seconds:
    password, e-mailed code, authenticator app, or a fresh SSO log-in."""
    from allauth.account import app_settings as account_settings
    from allauth.account.internal.flows.login import get_authentication_records

    records = [
        record
        for record in get_authentication_records(request, request.user)
        if record.get("reauthenticated") and record.get("method") in account_settings.REAUTHENTICATION_METHODS
    ]
    return bool(records) and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


def _signup_form_base():
    # allauth's social sign-up form is built on ACCOUNT_SIGNUP_FORM_CLASS (accounts.forms.SignupForm), so it
    # cannot be imported by accounts.forms itself.
    from allauth.socialaccount.forms import SignupForm

    return SignupForm


class SocialSignupForm(_signup_form_base()):
    """The sign-up form after a first SSO log-in: name and e-mail filled in from the provider's claims
    (SocialAccountAdapter.get_signup_form_initial_data), the address limited to the provider's domains."""

    def clean_email(self):
        email = super().clean_email()
        provider = self.sociallogin.provider
        if email and not email_domain_allowed(provider.sub_id, email):
            raise forms.ValidationError(domain_error_message(provider.name, provider.sub_id))
        return email
