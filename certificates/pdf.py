"""The certificate as a PDF: rendered once by the PDF service (`home.pdf`), stored, served from storage.

The name and titles on a certificate are typed by learners and editors, so the template autoescapes them;
the service renders under a resource policy that allows no network access (see `home/pdf.py`).
"""

import io
import json

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse

from home import fonts
from home.links import absolute_url
from home.models import SiteSettings
from home.pdf import PdfRenderError, image_file_path, render_pdf

from .models import Certificate, private_storage

TEMPLATE = "certificates/certificate_pdf.html"

# The certificate's error is the service's: callers catch one exception for every document.
CertificateRenderError = PdfRenderError


def verification_url(certificate):
    return absolute_url(reverse("certificates:verify", args=[certificate.code]))


def team_count(audience_names):
    """How many teams the certificate names, for its line "Voor het team: Zorg" or "Voor de teams: Zorg,
    Onderwijs" (the template's plural, rendered in Dutch as the rest of the page). `audience_names` is the
    certificate's copy, joined by ", " (`issuing.audience_on_certificate`): a team name with ", " in it counts
    as two, which only turns "het team" into "de teams"."""
    return len(audience_names.split(", ")) if audience_names else 0


def certificate_context(certificate):
    url = verification_url(certificate)
    import segno  # Imported where used: only certificate rendering needs it (docs/performance.md).

    qr = segno.make(url, error="m", micro=False)
    site = SiteSettings.for_site_or_default()
    return {
        "certificate": certificate,
        "name_markup": fonts.markup(certificate.full_name),
        "name_font_size": fonts.name_font_size(certificate.full_name),
        "team_count": team_count(certificate.audience_names),
        "verification_url": url,
        "qr_data_uri": qr.png_data_uri(scale=6, border=4),
        "coordinator_name": site.coordinator_name if site else "",
        "coordinator_role": site.coordinator_role if site else "",
        "signature_path": image_file_path(site.coordinator_signature) if site else None,
        "logo_path": image_file_path(site.logo) if site else None,
    }


def render_certificate_pdf(certificate):
    """The certificate as PDF bytes, with its digital credential as an embedded file when credentials are on.

    Raises CertificateRenderError rather than return a broken document.
    """
    pdf = render_pdf(TEMPLATE, certificate_context(certificate), what=f"Certificate {certificate.code}")
    if not settings.CREDENTIALS_ENABLED:
        return pdf
    return embed_credential(pdf, certificate)


def embed_credential(pdf, certificate):
    """The PDF with the credential's .json file attached (a PDF embedded file, listed in the attachments pane)."""
    from pypdf import PdfReader, PdfWriter

    from .credentials import credential_jwt, enveloped

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    content = json.dumps(enveloped(credential_jwt(certificate)), indent=2).encode()
    writer.add_attachment(f"certificaat-{certificate.display_code}.json", content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ensure_certificate_pdf(code):
    """The storage name of the certificate's PDF, rendered and stored on the first call only."""
    stored = Certificate.objects.filter(code=code).values_list("pdf", flat=True).first()
    if stored and private_storage().exists(stored):
        return stored
    # The row lock makes a second caller wait for the first one's PDF instead of rendering its own.
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(code=code)
        if certificate.pdf and certificate.pdf.storage.exists(certificate.pdf.name):
            return certificate.pdf.name
        content = ContentFile(render_certificate_pdf(certificate))
        # A file without a row pointing to it is left from a transaction that rolled back; replace it, so the
        # name stays certificates/<code>.pdf (e-mails refer to it) instead of getting a random suffix.
        target = certificate.pdf.field.generate_filename(certificate, f"{code}.pdf")
        if certificate.pdf.storage.exists(target):
            certificate.pdf.storage.delete(target)
        certificate.pdf.save(f"{code}.pdf", content, save=False)
        certificate.save(update_fields=["pdf"])
        return certificate.pdf.name
