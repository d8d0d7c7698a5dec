"""The admin's own account page (/admin/account/), for this project's user model.

Wagtail's page asks for a first and a last name, required, and stores them on fields this user model does not
have (`User.first_name` and `last_name` are None: the name is `full_name`, as on the certificate). So nobody
could save the page, not even to switch the admin to English, without typing two names that were then thrown
away. Its e-mail field would also change the log-in address without the confirmation allauth asks for
(`WAGTAIL_EMAIL_MANAGEMENT_ENABLED` is off; the address changes on the site's own e-mail page).

`AccountView` is Wagtail's view with its name panel replaced by `NameSettingsPanel`; training_site/urls.py
serves it at Wagtail's address and name (`wagtailadmin_account`).

Wagtail means to say "saved" in the language just chosen, but reads that language from a copy of the profile
fetched before the form saved it, so the message came in the previous language; `AccountView.post` reads it
after saving.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.views import account
from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from .forms import ProfileForm


class FullNameForm(forms.ModelForm):
    """The user's full name, the same field as on the learner's profile (home.names, home.fonts)."""

    full_name = ProfileForm.base_fields["full_name"]

    class Meta:
        model = get_user_model()
        fields = ["full_name"]


class NameSettingsPanel(account.NameEmailSettingsPanel):
    """Wagtail's "Naam en e-mail" panel holding `FullNameForm`."""

    title = _("Naam")
    form_class = FullNameForm


class AccountView(account.AccountView):
    """Wagtail's account page with `NameSettingsPanel` in place of its name and e-mail panel."""

    def get_panels(self):
        return [
            NameSettingsPanel(panel.request, panel.user, panel.profile)
            if isinstance(panel, account.NameEmailSettingsPanel)
            else panel
            for panel in super().get_panels()
        ]

    def post(self, request):
        """Wagtail's save, with the "saved" message in the language the user has just chosen."""
        panel_forms = [panel.get_form() for panel in self.get_panels()]
        user = request.user
        if not all(form.is_valid() or not form.is_bound for form in panel_forms):
            return TemplateResponse(request, self.template_name, self.get_context_data())
        with transaction.atomic():
            for form in panel_forms:
                if form.is_bound:
                    form.save()
        log(user, "wagtail.edit")
        # A new password must not log this user out.
        update_session_auth_hash(request, user)
        # "Standaard" (no preference) shows the next page in the language the site picks for this browser
        # (`request.LANGUAGE_CODE`, from LocaleMiddleware), not in the one this request ran in (the old choice).
        profile = UserProfile.get_for_user(user)
        with override(profile.preferred_language or getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)):
            messages.success(request, gettext("Your account settings have been changed successfully!"))
        return redirect("wagtailadmin_account")
