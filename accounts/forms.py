from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts.models import Audience
from home.fonts import validate_printable_name
from home.forms import DatabaseIdChoiceField
from home.names import NameField

from .models import STAFF_COUNT_MINIMUM, Organisation

User = get_user_model()

NAME_HELP = _("Zoals je naam op je certificaat moet staan.")


class OrganisationAndTeamMixin(forms.Form):
    organisation = DatabaseIdChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.all(),
        empty_label=_("Kies je organisatie"),
        error_messages={"invalid_choice": _("Kies een organisatie uit de lijst.")},
    )
    team = DatabaseIdChoiceField(
        label=_("Team"),
        queryset=Audience.objects.all(),
        empty_label=_("Kies je team"),
        help_text=_("We raden je de modules aan die bij je werk passen."),
        error_messages={"invalid_choice": _("Kies een team uit de lijst.")},
    )


class SignupForm(OrganisationAndTeamMixin):
    """Extra fields for allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    full_name = NameField(
        label=_("Volledige naam"),
        max_length=150,
        help_text=NAME_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        validators=[validate_printable_name],
    )

    field_order = ["full_name", "email", "organisation", "team", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].error_messages["max_length"] = _(
            "Je naam mag hoogstens %(limit_value)d tekens lang zijn (nu %(show_value)d)."
        )

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"]
        user.organisation = self.cleaned_data["organisation"]
        user.team = self.cleaned_data["team"]
        user.save(update_fields=["full_name", "organisation", "team"])


_ORGANISATION_FIXED = []


def fix_organisation_when(rule):
    """Register `rule(user) -> bool`, from an app above this one: True when the user's organisation decides
    what else they may see, so that only the coordinator (in the admin's account screen) may change it. The
    reports register an organisation's contact person, whose reports are limited to that organisation."""
    _ORGANISATION_FIXED.append(rule)


def organisation_fixed(user):
    return any(rule(user) for rule in _ORGANISATION_FIXED)


class OrganisationForm(WagtailAdminModelForm):
    """The organisation snippet's form. Its staff count refuses anything below 1 with one message: the model
    field's form field (a PositiveIntegerField's) said "minstens 0" to -5 while 0 itself is refused with
    "minstens 1" (`STAFF_COUNT_MINIMUM`)."""

    staff_count = Organisation._meta.get_field("staff_count").formfield(
        min_value=1, error_messages={"min_value": STAFF_COUNT_MINIMUM}
    )


class ProfileForm(forms.ModelForm):
    """The learner's own name, organisation and team (/mijn/profiel/). The organisation is shown but cannot be
    changed by a user for whom it decides what they may see (`fix_organisation_when`): a disabled field keeps
    its stored value whatever a tampered form sends."""

    full_name = NameField(
        label=_("Volledige naam"),
        max_length=150,
        help_text=NAME_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        validators=[validate_printable_name],
    )
    organisation = OrganisationAndTeamMixin.base_fields["organisation"]
    team = OrganisationAndTeamMixin.base_fields["team"]

    class Meta:
        model = User
        fields = ["full_name", "organisation", "team"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and organisation_fixed(self.instance):
            field = self.fields["organisation"]
            field.disabled = True
            field.help_text = _(
                "Je organisatie bepaalt welke cijfers je in het beheer ziet. Alleen de coördinator kan hem veranderen."
            )


class DeleteAccountForm(forms.Form):
    """Deleting an account cannot be undone, so the learner confirms who they are: with their password, or,
    for an account without one (single sign-on), by having just logged in again at their organisation or
    typed an e-mailed code (`recently_reauthenticated`, see accounts.sso.recently_reauthenticated)."""

    password = forms.CharField(
        label=_("Je wachtwoord"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter bevestiging. Verwijderen kan niet ongedaan worden gemaakt."),
    )

    def __init__(self, user, *args, recently_reauthenticated=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.recently_reauthenticated = recently_reauthenticated
        if not user.has_usable_password():
            del self.fields["password"]

    @property
    def needs_reauthentication(self):
        """True for an account without a password that has not confirmed who they are just now."""
        return "password" not in self.fields and not self.recently_reauthenticated

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return password

    def clean(self):
        if self.needs_reauthentication:
            raise forms.ValidationError(
                _("Bevestig eerst dat jij het bent: log opnieuw in via je organisatie, of vraag een code per e-mail.")
            )
        return super().clean()


# The coordinator fills in someone else's account: "je" would be the coordinator.
ADMIN_NAME_HELP = _("Zoals de naam op het certificaat moet staan.")
ADMIN_USER_FIELDS = {"email", "full_name", "organisation", "team", "is_superuser", "groups"}
# The permission of the organisation contacts' role (reports.access.VIEW_OWN_ORGANISATION; accounts sits below
# reports, so it is named here rather than imported).
OWN_ORGANISATION_REPORTS = ("reports", "view_organisation_reports")


class ContactNeedsOrganisationMixin:
    """A role that shows one organisation's reports needs that organisation: without one the account was saved
    without a word, and its holder then saw no reports at all. Refused on the organisation field."""

    def clean(self):
        cleaned = super().clean()
        groups = cleaned.get("groups")
        app_label, codename = OWN_ORGANISATION_REPORTS
        needs_organisation = (
            groups is not None
            and not cleaned.get("is_superuser")
            and groups.filter(permissions__content_type__app_label=app_label, permissions__codename=codename).exists()
        )
        if needs_organisation and not cleaned.get("organisation"):
            self.add_error(
                "organisation",
                _("Een contactpersoon ziet de cijfers van één organisatie. Kies die organisatie, of haal de rol weg."),
            )
        return cleaned


class AdminUserCreationForm(ContactNeedsOrganisationMixin, UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = ADMIN_USER_FIELDS
        help_texts = {"full_name": ADMIN_NAME_HELP}


class AdminUserEditForm(ContactNeedsOrganisationMixin, UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = ADMIN_USER_FIELDS | {"is_active"}
        help_texts = {"full_name": ADMIN_NAME_HELP}
