from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


class CertificateRevokeForm(WagtailAdminModelForm):
    """The only change a coordinator makes to a certificate: revoke it, with a reason."""

    revoke = forms.BooleanField(label=_("Intrekken"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["revoke"].initial = bool(self.instance.revoked_at)
        if self.instance.revoked_at:
            self.fields["revoke"].disabled = True
            self.fields["revoked_reason"].disabled = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("revoke") and not (cleaned.get("revoked_reason") or "").strip():
            self.add_error("revoked_reason", _("Geef de reden waarom je het certificaat intrekt."))
        return cleaned

    def save(self, commit=True):
        certificate = super().save(commit=False)
        if self.cleaned_data.get("revoke") and not certificate.revoked_at:
            certificate.revoked_at = timezone.now()
        if commit:
            certificate.save()
        return certificate


class CredentialCheckForm(forms.Form):
    """A digital certificate to check: pasted, or uploaded as .json, .jwt, PNG or SVG."""

    credential = forms.CharField(
        label=_("Digitaal certificaat plakken"),
        help_text=_("Plak de inhoud van het .json-bestand, of kies hieronder het bestand of de badge-afbeelding."),
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false", "autocomplete": "off"}),
        required=False,
        max_length=200_000,
    )
    file = forms.FileField(label=_("Of kies een bestand"), required=False)

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
