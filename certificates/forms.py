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
