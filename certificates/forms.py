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


class CredentialCheckForm(forms.Form):
    """A digital certificate to check: pasted, or uploaded as .json, .jwt, PNG or SVG."""

    credential = forms.CharField(
        label=gettext_lazy("Digitaal certificaat plakken"),
        help_text=gettext_lazy(
            "Plak de inhoud van het .json-bestand, of kies hieronder het bestand of de badge-afbeelding."
        ),
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false", "autocomplete": "off"}),
        required=False,
        max_length=200_000,
    )
    file = forms.FileField(label=gettext_lazy("Of kies een bestand"), required=False)

    def clean(self):
        from .verification import MAX_UPLOAD_BYTES

        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is not None and upload.size > MAX_UPLOAD_BYTES:
            self.add_error("file", _("Dit bestand is te groot voor een digitaal certificaat."))
        elif upload is None and not (cleaned.get("credential") or "").strip() and not self.errors:
            self.add_error("credential", _("Plak een digitaal certificaat of kies een bestand."))
        return cleaned

    def presented(self):
        """The bytes or text to check."""
        upload = self.cleaned_data.get("file")
        return upload.read() if upload is not None else self.cleaned_data["credential"]
