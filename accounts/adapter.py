from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from wagtail.models import Site

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.adapter import get_adapter as get_account_adapter
from allauth.account.utils import filter_users_by_email, user_email
from allauth.core import context as allauth_context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.providers.base import AuthProcess

from home.mail import queue_message
from home.ratelimit import client_ip

from . import sso, two_factor
from .emails import clean_email_value

CONFIRMATION_SENT = "account/messages/email_confirmation_sent.txt"


@dataclass(frozen=True)
class NamedSite:
    """What allauth's templates call `current_site`: the site's name (not its host) and its domain."""

    name: str
    domain: str


def named_site(request):
    """The site as people know it: the Wagtail Site's name, else WAGTAIL_SITE_NAME; domain from the request."""
    site = Site.find_for_request(request) if request is not None else None
    name = (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
    domain = request.get_host() if request is not None else settings.WAGTAILADMIN_BASE_URL.split("://")[-1]
    return NamedSite(name=name, domain=domain)


class AccountAdapter(DefaultAccountAdapter):
    """allauth, with its e-mail through the site's mail queue and a double sign-up without a 500."""

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": named_site(request), **context}
        queue_message(self.render_mail(template_prefix, email, ctx))

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        """allauth's messages, without "Bevestigingsmail verzonden aan …" for someone not logged in: sign-up
        sends no confirmation for an address that already has an account (it mails the owner instead), so the
        note appeared for new addresses only and told anyone which addresses are registered. The page after
        sign-up says to look in the e-mail in both cases."""
        if message_template == CONFIRMATION_SENT and not request.user.is_authenticated:
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def get_client_ip(self, request):
        """The address rate limits count: X-Forwarded-For only from a trusted proxy (home.ratelimit)."""
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

    def get_login_stages(self):
        """allauth's stages, its two-factor stage loading WebAuthn only for users with an authenticator."""
        return [two_factor.STAGE if path == two_factor.ALLAUTH_STAGE else path for path in super().get_login_stages()]

    def clean_email(self, email):
        """Every address allauth takes in, canonical (accounts.emails); a look-alike is refused."""
        return super().clean_email(clean_email_value(email))

    def save_user(self, request, user, form, commit=True):
        try:
            with transaction.atomic():
                return super().save_user(request, user, form, commit=commit)
        except IntegrityError:
            # A second request with the same address (a double click) got there first: same outcome.
            raise ImmediateHttpResponse(redirect("account_email_verification_sent")) from None


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """allauth's single sign-on, shaped by the provider's configuration (accounts.sso): name and organisation
    filled in, e-mail domains enforced, and an existing account never taken over by its address."""

    def get_requests_session(self):
        session = super().get_requests_session()
        session.hooks["response"].append(sso.remember_discovery_response)
        return session

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        user.full_name = sso.full_name_from_claims(
            {"name": data.get("name"), "given_name": data.get("first_name"), "family_name": data.get("last_name")}
        )
        return user

    def get_signup_form_initial_data(self, sociallogin):
        initial = super().get_signup_form_initial_data(sociallogin)
        initial["full_name"] = sociallogin.user.full_name
        organisation = sso.organisation_for(sociallogin.provider.sub_id)
        if organisation:
            initial["organisation"] = organisation.pk
        return initial

    def pre_social_login(self, request, sociallogin):
        provider = sociallogin.provider
        email = user_email(sociallogin.user) or ""
        if not sso.email_domain_allowed(provider.sub_id, email):
            message = sso.domain_error_message(provider.name, provider.sub_id)
            raise ImmediateHttpResponse(
                render(request, "socialaccount/sso_refused.html", {"message": message}, status=403)
            )
        if (
            not sociallogin.is_existing
            and sociallogin.state.get("process") != AuthProcess.CONNECT
            and self._verified_by_provider(sociallogin, email)
            and filter_users_by_email(email)
        ):
            raise ImmediateHttpResponse(self._account_exists(request, provider, email))

    @staticmethod
    def _verified_by_provider(sociallogin, email):
        return any(
            address.verified and address.email.lower() == email.lower() for address in sociallogin.email_addresses
        )

    @staticmethod
    def _account_exists(request, provider, email):
        """The provider vouches for the address, so saying an account exists reveals nothing new: the page
        and the e-mail both say so and explain how to link the two."""
        connections = reverse("socialaccount_connections")
        login_url = f"{reverse('account_login')}?{urlencode({'next': connections})}"
        context = {
            "provider_name": provider.name,
            "email": email,
            "login_url": request.build_absolute_uri(login_url),
            "password_reset_url": request.build_absolute_uri(reverse("account_reset_password")),
        }
        get_account_adapter(request).send_mail("socialaccount/email/account_exists", email, context)
        return render(request, "socialaccount/account_exists.html", context)
