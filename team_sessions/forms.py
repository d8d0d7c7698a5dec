import re
import unicodedata

from django import forms
from django.conf import settings
from django.forms.formsets import (
    INITIAL_FORM_COUNT,
    MAX_NUM_FORM_COUNT,
    MIN_NUM_FORM_COUNT,
    TOTAL_FORM_COUNT,
    ManagementForm,
)
from django.utils.translation import gettext_lazy as _

from accounts.emails import CanonicalEmailField
from accounts.models import Audience, Organisation
from home.fonts import validate_printable_name
from home.forms import DatabaseIdChoiceField
from home.names import NameField

from .models import TeamSession
from .services import same_name_key


def same_name_message(line):
    """What the one-screen attendance list says at a name that is on it already, without an e-mail address
    on both lines to tell the two apart: `line` is the number of the earlier line (1-based)."""
    return _(
        "Deze naam staat al op regel %(line)s. Staat dezelfde persoon er twee keer in? Haal dan één regel weg. "
        "Zijn het twee mensen met dezelfde naam? Vul dan bij allebei hun eigen e-mailadres in."
    ) % {"line": line}


class StartSessionForm(forms.Form):
    quiz = forms.TypedChoiceField(
        label=_("Module"),
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Kies een module uit de lijst.")},
    )
    group_name = NameField(
        label=_("Naam van de groep"),
        max_length=120,
        help_text=_("Bijvoorbeeld: Team mentoren, Het Baken. Deze naam staat op het scherm en in de rapportage."),
    )
    organisation = DatabaseIdChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label=_("Geen organisatie"),
        help_text=_("Voor welke organisatie is deze sessie? De rapportage telt de sessie daar."),
    )
    team = DatabaseIdChoiceField(
        label=_("Team"),
        queryset=Audience.objects.order_by("sort_order", "name"),
        required=False,
        empty_label=_("Geen team"),
        help_text=_("Bijvoorbeeld mentoren op een school, of een team handhaving."),
    )
    mode = forms.ChoiceField(
        label=_("Werkvorm"),
        choices=TeamSession.Mode.choices,
        initial=TeamSession.Mode.PHONES,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, quizzes=(), facilitator=None, **kwargs):
        super().__init__(*args, **kwargs)
        if facilitator is not None and not self.is_bound:
            # By default the session is for the facilitator's own organisation and team; the help says so, so
            # that a facilitator running it for another team changes it (the reports count it there).
            self.initial.setdefault("organisation", facilitator.organisation_id)
            self.initial.setdefault("team", facilitator.team_id)
            if self.initial["organisation"] == facilitator.organisation_id and facilitator.organisation_id:
                self.fields["organisation"].help_text = _(
                    "We hebben je eigen organisatie ingevuld. Is de sessie voor een andere organisatie? Kies die dan."
                    " De rapportage telt de sessie daar."
                )
            if self.initial["team"] == facilitator.team_id and facilitator.team_id:
                self.fields["team"].help_text = _(
                    "We hebben je eigen team ingevuld. Is de sessie voor een ander team? Kies dat dan."
                )
        self.quizzes = {quiz.pk: quiz for quiz, _course in quizzes}
        self.fields["quiz"].choices = [("", _("Kies een module"))] + [
            (quiz.pk, course.title if course else quiz.title) for quiz, course in quizzes
        ]

    def clean_quiz(self):
        return self.quizzes[self.cleaned_data["quiz"]]


class JoinCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code van de sessie"),
        max_length=20,
        help_text=_("De zes cijfers op het grote scherm."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_code(self):
        code = "".join(_ascii_digit(ch) for ch in self.cleaned_data["code"] if not _separator(ch))
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Een code bestaat uit zes cijfers, bijvoorbeeld 482 913."))
        return code


def _separator(char):
    """Spaces and dashes typed between the digits ("482 913", "482-913", a full-width "４８２－９１３")."""
    return char.isspace() or unicodedata.category(char) == "Pd"


def _ascii_digit(char):
    """A decimal digit of any script ("９" full-width, "٩" Arabic-Indic) as its ASCII digit: a phone keyboard
    set to another script still reaches the session. Anything else stays as it is (and fails the check)."""
    return str(unicodedata.decimal(char)) if char.isdecimal() else char


class JoinForm(forms.Form):
    display_name = NameField(
        label=_("Je naam in deze sessie"),
        max_length=60,
        help_text=_("Een voornaam of bijnaam is genoeg. De groep ziet deze naam op het scherm."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    full_name = NameField(
        label=_("Volledige naam voor het certificaat"),
        max_length=150,
        required=False,
        validators=[validate_printable_name],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = CanonicalEmailField(
        label=_("E-mailadres voor het certificaat"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _(
            "Alleen als je een certificaat wilt. Haal je de toets, dan sturen we het certificaat en een "
            "uitnodiging voor een bijeenkomst naar dit adres. We bewaren je gegevens %(days)d dagen."
        ) % {"days": settings.TEAM_SESSION_RETENTION_DAYS}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("full_name"):
            self.add_error("full_name", _("Vul je volledige naam in, zoals hij op het certificaat moet staan."))
        if cleaned.get("full_name") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Vul je e-mailadres in, dan kunnen we je het certificaat sturen."))
        return cleaned


class AttendeeForm(forms.Form):
    """One person present in a one-screen session."""

    full_name = NameField(label=_("Naam"), max_length=150, required=False, validators=[validate_printable_name])
    email = CanonicalEmailField(label=_("E-mailadres"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("full_name"):
            self.add_error("full_name", _("Vul de naam in bij dit e-mailadres."))
        return cleaned


class BaseAttendeeFormSet(forms.BaseFormSet):
    """The one-screen attendance list. When its hidden form counts arrive broken (tampered, cut off), they
    are worked out again from the rows that came in, so what was typed stays on the page, and the list says
    in plain Dutch what happened instead of Django's "(Verborgen veld TOTAL_FORMS) ..."."""

    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "missing_management_form": _(
            "Het formulier is niet goed aangekomen. Kijk de lijst na en verstuur hem opnieuw."
        ),
    }

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.arrived_broken = self.is_bound and not self._counts_are_sound()
        if self.arrived_broken:
            self.data = self._with_counts_from_rows()

    def _counts_are_sound(self):
        """The counts are whole numbers and the form count covers every row that came in, up to the maximum."""
        counts = ManagementForm(self.data, prefix=self.prefix)
        if not counts.is_valid():
            return False
        total, initial = counts.cleaned_data[TOTAL_FORM_COUNT], counts.cleaned_data[INITIAL_FORM_COUNT]
        return self._rows_sent() <= total <= self.absolute_max and 0 <= initial <= total

    def _rows_sent(self):
        """How many rows the data holds: the highest row number in a field name, plus one."""
        row = re.compile(rf"^{re.escape(self.prefix)}-(\d{{1,6}})-")
        return max((int(match[1]) + 1 for key in self.data if (match := row.match(key))), default=0)

    def _with_counts_from_rows(self):
        rows = min(max(self.extra, self._rows_sent()), self.absolute_max)
        data = self.data.copy()
        data[f"{self.prefix}-{TOTAL_FORM_COUNT}"] = str(rows)
        data[f"{self.prefix}-{INITIAL_FORM_COUNT}"] = "0"
        data[f"{self.prefix}-{MIN_NUM_FORM_COUNT}"] = str(self.min_num)
        data[f"{self.prefix}-{MAX_NUM_FORM_COUNT}"] = str(self.max_num)
        return data

    def full_clean(self):
        """Django's checks, plus the message that the form arrived broken (it is never valid then)."""
        super().full_clean()
        if self.arrived_broken:
            message = self.error_messages["missing_management_form"]
            self._non_form_errors.insert(0, forms.ValidationError(message, code="missing_management_form"))

    def clean(self):
        if any(self.errors):
            return
        people = [form.cleaned_data for form in self.forms if form.cleaned_data.get("full_name")]
        if not people:
            raise forms.ValidationError(_("Vul minstens één naam in van wie er bij was."))
        self._refuse_same_names()
        emails = [person["email"].lower() for person in people if person.get("email")]
        if len(emails) != len(set(emails)):
            raise forms.ValidationError(_("Een e-mailadres staat er twee keer in. Iedereen krijgt één regel."))

    def _refuse_same_names(self):
        """The phones' comparison (`services.same_name_key`: case, spaces and invisible characters ignored):
        a name on the list twice is refused at the later line, unless both lines have an e-mail address (two
        colleagues with the same name; the addresses must differ, which `clean` checks). Without that the
        summary and the attendance list could not tell them apart, and one person typed twice would count as
        two."""
        seen = {}
        for number, form in enumerate(self.forms, start=1):
            name = form.cleaned_data.get("full_name")
            if not name:
                continue
            key = same_name_key(name)
            earlier = seen.get(key)
            if earlier is not None and not (earlier[1] and form.cleaned_data.get("email")):
                form.add_error("full_name", same_name_message(earlier[0]))
            elif earlier is None:
                seen[key] = (number, form.cleaned_data.get("email"))

    def attendees(self):
        return [
            {"full_name": form.cleaned_data["full_name"], "email": form.cleaned_data.get("email", "")}
            for form in self.forms
            if form.cleaned_data.get("full_name")
        ]


def attendee_formset_class(rows):
    """A formset with `rows` empty lines; never more than a session's capacity, whatever the form says."""
    return forms.formset_factory(
        AttendeeForm,
        formset=BaseAttendeeFormSet,
        extra=rows,
        max_num=settings.TEAM_SESSION_CAPACITY,
        absolute_max=settings.TEAM_SESSION_CAPACITY,
        validate_max=True,
    )


class ParticipantEmailForm(forms.Form):
    """After the session: the facilitator adds or corrects one participant's e-mail address."""

    participant = forms.IntegerField(widget=forms.HiddenInput)
    email = forms.EmailField(label=_("E-mailadres"), max_length=254)
