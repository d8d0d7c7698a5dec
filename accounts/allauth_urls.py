"""allauth's URLs (`allauth.urls`), with the two-factor base views imported on their first request.

The same patterns, names and order as `allauth.urls` for the features installed here (accounts, TOTP and
recovery codes, OpenID Connect); `allauth.urls` itself would import `allauth.mfa.base.views`, and with it
WebAuthn, fido2 and cryptography, in every worker at start (accounts/two_factor.py).
tests/test_two_factor.py fails when this list and allauth's differ, e.g. after an upgrade.
"""

from importlib import import_module

from django.urls import include, path
from django.views.generic.base import RedirectView

from allauth.mfa import app_settings as mfa_settings
from allauth.socialaccount import providers

from .two_factor import lazy_view

mfa_urlpatterns = [
    path("", lazy_view("allauth.mfa.base.views.index"), name="mfa_index"),
    path("authenticate/", lazy_view("allauth.mfa.base.views.authenticate"), name="mfa_authenticate"),
    path("reauthenticate/", lazy_view("allauth.mfa.base.views.reauthenticate"), name="mfa_reauthenticate"),
]
if mfa_settings._TRUST_STAGE_ENABLED:
    mfa_urlpatterns.append(path("trust/", lazy_view("allauth.mfa.base.views.trust"), name="mfa_trust"))
if "totp" in mfa_settings.SUPPORTED_TYPES:
    mfa_urlpatterns.append(path("totp/", include("allauth.mfa.totp.urls")))
if "recovery_codes" in mfa_settings.SUPPORTED_TYPES:
    mfa_urlpatterns.append(path("recovery-codes/", include("allauth.mfa.recovery_codes.urls")))
if "webauthn" in mfa_settings.SUPPORTED_TYPES:
    mfa_urlpatterns.append(path("webauthn/", include("allauth.mfa.webauthn.urls")))


def provider_urlpatterns():
    """Each installed provider's URLs, OpenID Connect last (its patterns match the others'), as allauth does."""
    classes = providers.registry.get_class_list()
    classes = [cls for cls in classes if cls.id != "openid_connect"] + [
        cls for cls in classes if cls.id == "openid_connect"
    ]
    return [
        pattern
        for cls in classes
        for pattern in getattr(import_module(f"{cls.get_package()}.urls"), "urlpatterns", None) or []
    ]


urlpatterns = [
    path("", include("allauth.account.urls")),
    path("2fa/", include(mfa_urlpatterns)),
    path("3rdparty/", include("allauth.socialaccount.urls")),
    # allauth's redirects from its old addresses
    *[
        path(old, RedirectView.as_view(pattern_name=name, permanent=True))
        for old, name in [
            ("social/login/cancelled/", "socialaccount_login_cancelled"),
            ("social/login/error/", "socialaccount_login_error"),
            ("social/signup/", "socialaccount_signup"),
            ("social/connections/", "socialaccount_connections"),
        ]
    ],
    *provider_urlpatterns(),
]
