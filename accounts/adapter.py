from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import redirect

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.exceptions import ImmediateHttpResponse

from home.mail import queue_message
from home.ratelimit import client_ip

from .emails import clean_email_value


class AccountAdapter(DefaultAccountAdapter):
    """allauth, with its e-mail through the site's mail queue and a double sign-up without a 500."""

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request), **context}
        queue_message(self.render_mail(template_prefix, email, ctx))

    def get_client_ip(self, request):
        """The address rate limits count: X-Forwarded-For only from a trusted proxy (home.ratelimit)."""
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

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
