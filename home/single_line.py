"""Single-line form fields refuse line breaks, so nobody can forge lines in an e-mail the site sends.

A line break cannot be typed into an `<input>`; it only arrives in a hand-made request, to add lines to the
e-mail that quotes the field (the team-visit request to the coordinator, a name in a confirmation). So every
CharField shown as a one-line input (text, e-mail, URL, search, telephone, password) refuses CR and LF:
the site's own forms, allauth's, and the fields of Wagtail's form builder ("Enkele regel tekst").
Multi-line fields (a Textarea, Wagtail's rich text) and hidden inputs are left alone.

`install()` runs once at start-up (home.apps): it gives django.forms.CharField a `validate` that checks this.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LINE_BREAKS = ("\r", "\n", "\u2028", "\u2029", "\x85")


def is_single_line(widget):
    """True for a one-line `<input>` (not hidden, not a file); False for a Textarea and other widgets."""
    return isinstance(widget, forms.widgets.Input) and not isinstance(widget, (forms.HiddenInput, forms.FileInput))


def install():
    """Make every single-line CharField refuse line breaks (once); a ValidationError with code "line_break"."""
    if getattr(forms.CharField, "leren_kijken_single_line", False):
        return
    validate = forms.CharField.validate

    def validate_single_line(self, value):
        validate(self, value)
        if isinstance(value, str) and is_single_line(self.widget) and any(c in value for c in LINE_BREAKS):
            raise ValidationError(_("Dit veld mag maar één regel zijn: haal de regeleinden weg."), code="line_break")

    forms.CharField.validate = validate_single_line
    forms.CharField.leren_kijken_single_line = True
