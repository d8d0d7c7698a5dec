"""allauth's forms with canonical e-mail addresses (accounts.emails), set in ACCOUNT_FORMS.

Kept apart from accounts.forms, which allauth imports as the base of its sign-up form."""

from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from allauth.account import forms as allauth_forms

from .emails import canonicalise_email_fields


class CanonicalEmailMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        canonicalise_email_fields(self)


class LoginForm(CanonicalEmailMixin, allauth_forms.LoginForm):
    """Log-in with the address as it is stored: "Jan@Example.org" with a soft hyphen finds jan@example.org.

    allauth puts the "Wachtwoord vergeten?" link in the password's help text, which the form shows between the
    label and the input: Tab went from the address to the link before the password. It is shown after the input
    (`help_after`, templates/components/form_field.html)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "password" in self.fields:
            self.fields["password"].help_after = True


class SignupForm(CanonicalEmailMixin, allauth_forms.SignupForm):
    """Sign-up that stores the canonical address, so a look-alike of an existing address is that address."""

    def try_save(self, request):
        """Sign up, or for an address that has an account, do the same slow work before mailing its owner.

        allauth (ACCOUNT_PREVENT_ENUMERATION) answers both alike, but a new account hashes the password
        (Argon2 in production, the bulk of the time) and an existing one did not, so the response time
        told whether an address has an account. Both now hash the typed password once and queue one mail.
        """
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or None)
        return super().try_save(request)


class AddEmailForm(CanonicalEmailMixin, allauth_forms.AddEmailForm):
    """Adding or changing an address: canonical, and a look-alike of another account's address is taken. The
    field is called what the page (templates/account/email_change.html) calls its box, so the error summary
    names the same thing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Nieuw e-mailadres")


class ResetPasswordForm(CanonicalEmailMixin, allauth_forms.ResetPasswordForm):
    """Password reset for the canonical address."""
