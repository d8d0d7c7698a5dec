"""Two-factor log-in (allauth.mfa, TOTP) without loading WebAuthn in every worker.

allauth 65's MFA login stage and its base views (`allauth.mfa.stages`, `allauth.mfa.base.views`) import its
WebAuthn support at module level, and with it fido2 and cryptography's Rust bindings: about 10 MiB per worker
(docs/performance.md, Memory), although only TOTP and recovery codes are enabled (MFA_SUPPORTED_TYPES). Here
the stage hands over to allauth's own only for a user who has an authenticator, and the three base views are
imported on their first request. allauth decides everything else, so a staff log-in works as before; it loads
WebAuthn then, in that worker. tests/test_two_factor.py checks the log-in with a code,
tests/test_worker_imports.py that a worker starts without fido2.
"""

from django.utils.module_loading import import_string

from allauth.account.stages import LoginStage
from allauth.mfa.internal.constants import LoginStageKey
from allauth.mfa.models import Authenticator

ALLAUTH_STAGE = "allauth.mfa.stages.AuthenticateStage"
STAGE = "accounts.two_factor.AuthenticateStage"


class AuthenticateStage(LoginStage):
    """allauth's "enter your code" stage, imported only for a user with an authenticator app (or a passkey)."""

    key = LoginStageKey.MFA_AUTHENTICATE.value
    urlname = "mfa_authenticate"

    def handle(self):
        user = self.login.user
        types = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
        if user is None or not Authenticator.objects.filter(user=user, type__in=types).exists():
            return None, True  # what allauth's stage answers for a user without one
        stage = import_string(ALLAUTH_STAGE)(self.controller, self.request, self.login)
        return stage.handle()


def lazy_view(dotted_path):
    """The view at `dotted_path`, imported when it is first requested rather than when the URLs are built."""

    def view(request, *args, **kwargs):
        return import_string(dotted_path)(request, *args, **kwargs)

    view.__name__ = view.__qualname__ = dotted_path.rsplit(".", 1)[-1]
    view.__module__ = dotted_path.rsplit(".", 1)[0]
    return view
