from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class RevokeForm(forms.Form):
    """The confirmation of "Certificaat intrekken": a reason is required (blank or spaces only is refused)."""

    reason = forms.CharField(
        label=gettext_lazy("Reden van intrekken"),
        help_text=gettext_lazy("Komt in het dossier; de houder en de controlepagina zien hem niet."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Geef de reden waarom je het certificaat intrekt.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Geef de reden waarom je het certificaat intrekt."))
        return reason
