"""The admin's own account page (/admin/account/), for this project's user model.

Wagtail's page asks for a first and a last name, required, and stores them on fields this user model does not
have (`User.first_name` and `last_name` are None: the name is `full_name`, as on the certificate). So nobody
could save the page, not even to switch the admin to English, without typing two names that were then thrown
away. Its e-mail field would also change the log-in address without the confirmation allauth asks for
(`WAGTAIL_EMAIL_MANAGEMENT_ENABLED` is off; the address changes on the site's own e-mail page).

`AccountView` is Wagtail's view with its name panel replaced by `NameSettingsPanel`; training_site/urls.py
serves it at Wagtail's address and name (`wagtailadmin_account`).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views import account

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
