from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from home.middleware import SiteCSPMiddleware

from . import sso


class ContentSecurityPolicyMiddleware(SiteCSPMiddleware):
    """The site's CSP middleware (home.middleware.SiteCSPMiddleware: previews framable by the site itself), with
    form-action extended by the configured identity providers'
    authorisation endpoints (accounts.sso.authorization_endpoints) on the HTML pages that may hold an SSO
    form: allauth's (`/account/`: log-in, linking) and the learner's own (`/mijn/`: account deletion).

    An SSO button posts to this site, which redirects the browser to the provider; browsers check that
    redirect against the form-action of the page the form was on, so without this the button does nothing.
    Every other page keeps form-action 'self'.
    """

    sso_form_paths = ("/account/", "/mijn/")

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        is_page = response.get("Content-Type", "").startswith("text/html")
        if is_page and request.path.startswith(self.sso_form_paths) and (endpoints := sso.authorization_endpoints()):
            update = dict(parts.update or {})
            update["form-action"] = [*update.get("form-action", []), *endpoints]
            parts.update = update
        return parts


class StaffTwoFactorMiddleware:
    """With REQUIRE_STAFF_MFA on, a coordinator, editor or facilitator who has not set up an authenticator app
    has a learner's powers only (accounts.models.User.has_perm), everywhere. This sends them to set one up
    when they open the Wagtail admin, or a page their staff powers would open (a 403 as a learner); allauth
    then asks for the code at every log-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and self.needs_setup(request.user):
            return self.to_setup(request)
        response = self.get_response(request)
        if response.status_code == 403 and self.needs_setup(request.user):
            return self.to_setup(request)
        return response

    @staticmethod
    def needs_setup(user):
        return user.is_authenticated and user.needs_mfa_setup()

    @staticmethod
    def to_setup(request):
        message = _("Stel eerst inloggen in twee stappen in. Daarna kun je het beheer en je begeleiderstaken doen.")
        messages.warning(request, message)
        return redirect(reverse("mfa_activate_totp"))
