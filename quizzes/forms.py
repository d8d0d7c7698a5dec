from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from home.widgets import widget_class

from .paths import duplicate_text


class QuizPageForm(WagtailAdminPageForm):
    """The quiz's page form. Publishing (or sending for approval) a quiz without questions is refused: learners
    saw "Start de toets" and then "Deze toets heeft nog geen vragen". A draft may stay empty while it is built
    (Wagtail defers required fields for "Opslaan als concept": `is_deferred_validation`)."""

    def clean(self):
        cleaned = super().clean()
        if not self.is_deferred_validation and not self._question_rows():
            self.add_error(
                None,
                _(
                    "Deze toets heeft nog geen vragen. Voeg een vaste vraag of een groep willekeurige vragen toe "
                    "voordat je hem publiceert. Als concept opslaan kan wel."
                ),
            )
        return cleaned

    def _question_rows(self):
        """How many fixed-question and draw rows the form keeps (filled in, not marked for deletion)."""
        rows = 0
        for name in ("fixed_questions", "draws"):
            formset = self.formsets.get(name)
            if formset is None:
                continue
            for form in formset.forms:
                valid = form.is_valid()
                if valid and formset.can_delete and formset._should_delete_form(form):
                    continue
                if (valid and form.has_changed()) or form.instance.pk:
                    rows += 1
        return rows


class QuestionAdminForm(WagtailAdminModelForm):
    """Checks that the choices fit the kind of question before it can be saved."""

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        formset = self.formsets.get("choices")
        choices = []
        choices_complete = formset is None or all(form.is_valid() for form in formset.forms)
        if formset is not None and choices_complete:
            choices = [
                form.cleaned_data for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
        if kind in ("single", "multiple"):
            self._check_choices(kind, cleaned, formset, choices, choices_complete)
        elif kind == "path":
            if not cleaned.get("path"):
                self.add_error("path", _("Bouw het beslispad: minstens één stap met keuzes."))
            if choices:
                raise forms.ValidationError(
                    _("Een beslispad gebruikt de stappen hieronder, geen losse keuzes. Verwijder de keuzes.")
                )
        if cleaned.get("image") and not cleaned.get("image_alt"):
            self.add_error("image_alt", _("Beschrijf de afbeelding voor wie hem niet kan zien."))
        return cleaned

    def _check_choices(self, kind, cleaned, formset, choices, choices_complete):
        """A single or multiple choice question: a prompt, at least two complete choices with different texts,
        the right number marked right, no decision path. Raises ValidationError for the form as a whole."""
        if not cleaned.get("prompt"):
            self.add_error("prompt", _("Schrijf de vraag die de deelnemer moet beantwoorden."))
        if not choices_complete:
            pk_name = formset.model._meta.pk.name
            if any(form.has_error(pk_name, "not_own") for form in formset.forms):
                # A row id of another question (a tampered or stale form, home.forms.ChildRowIdField): nothing is
                # missing, so the summary does not say so.
                raise forms.ValidationError(
                    _("Een of meer keuzes horen niet bij deze vraag. Laad de pagina opnieuw en probeer het nog eens.")
                )
            # Counting only the complete choices would say "at least two" beside two incomplete ones.
            raise forms.ValidationError(
                _("Een of meer keuzes zijn niet compleet. Bij die keuzes hieronder staat wat er ontbreekt.")
            )
        correct = sum(1 for choice in choices if choice.get("is_correct"))
        if formset is not None and len(choices) < 2:
            raise forms.ValidationError(_("Geef minstens twee keuzes."))
        twice = duplicate_text(choice.get("text") for choice in choices)
        if twice:
            raise forms.ValidationError(
                _("Twee keuzes hebben dezelfde tekst: ‘%(text)s’. Maak elke keuze anders.") % {"text": twice}
            )
        if kind == "single" and formset is not None and correct != 1:
            raise forms.ValidationError(
                _("Bij één goed antwoord moet precies één keuze goed zijn (nu %(n)d).") % {"n": correct}
            )
        if kind == "multiple" and formset is not None and correct < 1:
            raise forms.ValidationError(_("Markeer minstens één keuze als goed."))
        if cleaned.get("path"):
            self.add_error("path", _("Een beslispad hoort alleen bij de soort ‘beslispad’."))


class DistinctMultipleChoiceField(forms.MultipleChoiceField):
    """A multiple choice where each option counts once: an option posted fifty times is one pick.

    So one answer holds at most as many keys as the question has options, and writes at most that many
    AnswerPick rows, whatever the request repeats."""

    def to_python(self, value):
        return list(dict.fromkeys(super().to_python(value)))


class AnswerForm(forms.Form):
    """One answer: the keys of the chosen options, checked against the attempt's own snapshot.

    No `required` attribute on the options: the browser would mark every option :invalid (Utrecht draws a red
    ring) before anything is chosen. The server checks; `invalid=True` marks the options after a failed submit.
    `letters` (a team session): one label per option, in the options' order, shown before each option's text.
    """

    use_required_attribute = False

    def __init__(self, question, *args, step=None, invalid=False, letters=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        self.step = step
        options = step["choices"] if step else question.choices
        option_choices = [(option["key"], option["text"]) for option in options]
        if letters:  # a team session: each option starts with the letter the big screen shows ("A", "2C")
            option_choices = [
                (key, format_html('<span class="lk-options__letter">{}</span> {}', letter, text))
                for (key, text), letter in zip(option_choices, letters, strict=True)
            ]
        error_messages = {
            "required": _("Kies een antwoord."),
            "invalid_choice": _("Dit antwoord hoort niet bij deze vraag. Kies een van de antwoorden hieronder."),
            "invalid_list": _("Kies een of meer antwoorden."),
        }
        if question.is_multiple:
            self.fields["choice"] = DistinctMultipleChoiceField(
                choices=option_choices,
                widget=forms.CheckboxSelectMultiple,
                error_messages={**error_messages, "required": _("Kies minstens één antwoord.")},
            )
        else:
            self.fields["choice"] = forms.ChoiceField(
                choices=option_choices, widget=forms.RadioSelect, error_messages=error_messages
            )
        self.fields["choice"].widget.attrs["class"] = widget_class(
            "checkboxselectmultiple" if question.is_multiple else "radioselect"
        )
        if invalid:
            self.fields["choice"].widget.attrs["aria-invalid"] = "true"
        if step:
            self.fields["step"] = forms.CharField(widget=forms.HiddenInput, initial=step["key"])

    def clean_choice(self):
        """One option for a single-choice question or a step of a decision path: a form sent with two (made by
        hand; the radio buttons send one) is refused instead of silently keeping the last."""
        value = self.cleaned_data["choice"]
        sent = self.data.getlist(self.add_prefix("choice")) if hasattr(self.data, "getlist") else [value]
        if not self.question.is_multiple and len(sent) > 1:
            raise forms.ValidationError(_("Kies één antwoord."), code="one_only")
        return value

    def chosen_keys(self):
        value = self.cleaned_data["choice"]
        return list(value) if isinstance(value, list) else [value]
