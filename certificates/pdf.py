"""The certificate as a PDF: rendered from an HTML template by xhtml2pdf, stored once, served from storage.

The name and titles on a certificate are typed by learners and editors, so the template autoescapes them
and xhtml2pdf renders under a resource policy that allows no network access and reads only the font,
static and media folders: nothing a name contains can make the renderer fetch or read anything.
"""

import io
import logging
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

import segno
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from home.links import absolute_url
from home.models import SiteSettings

from . import fonts
from .models import Certificate, private_storage

logger = logging.getLogger(__name__)

TEMPLATE = "certificates/certificate_pdf.html"
FONT_FAMILY = fonts.BASE_FAMILY
# Bounded so a large upload never ends up full size in every PDF; the original is used when this fails.
IMAGE_RENDITION = "max-1000x400"


class CertificateRenderError(Exception):
    """xhtml2pdf reported errors; the PDF it produced would be incomplete."""


def font_face_css(font_dir=None):
    """@font-face rules for the certificate fonts (see certificates.fonts): DejaVu Sans and the fallbacks."""
    return fonts.font_face_css()


@lru_cache(maxsize=4)
def resource_policy(font_dir, static_root, media_root, extra_font_dirs=()):
    """No network at all; local reads only from the font, static and media folders; xhtml2pdf's server limits."""
    return ResourceAccessPolicy.server(
        base_dir=Path(font_dir),
        extra_roots=(Path(static_root), Path(media_root), *(Path(folder) for folder in extra_font_dirs)),
        allow_remote=False,
    )


def _static_root():
    return settings.STATIC_ROOT or Path(settings.BASE_DIR) / "static"


def current_policy():
    return resource_policy(
        str(settings.CERTIFICATE_FONT_DIR), str(_static_root()), str(settings.MEDIA_ROOT), fonts.font_directories()
    )


def verification_url(certificate):
    return absolute_url(reverse("certificates:verify", args=[certificate.code]))


def _inside(path, root):
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def image_file_path(image):
    """A local path to the image (a bounded rendition, else the original) inside MEDIA_ROOT, or None."""
    if image is None:
        return None
    candidates = []
    try:
        candidates.append(image.get_rendition(IMAGE_RENDITION).file)
    except (OSError, SourceImageIOError, ValueError) as error:
        logger.warning("No rendition of image %s for the certificate: %s", image.pk, error)
    candidates.append(image.file)
    for file in candidates:
        try:
            path = file.path
        except (NotImplementedError, ValueError):
            continue  # storage without local paths, or no file
        if _inside(path, settings.MEDIA_ROOT) and Path(path).is_file():
            return str(Path(path).resolve())
    return None


def site_settings():
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    return SiteSettings.for_site(site)


def certificate_context(certificate):
    url = verification_url(certificate)
    qr = segno.make(url, error="m", micro=False)
    site = site_settings()
    return {
        "certificate": certificate,
        "font_face_css": font_face_css(),
        "font_family": FONT_FAMILY,
        "name_markup": fonts.markup(certificate.full_name),
        "name_font_size": fonts.name_font_size(certificate.full_name),
        "verification_url": url,
        "qr_data_uri": qr.png_data_uri(scale=6, border=4),
        "coordinator_name": site.coordinator_name if site else "",
        "coordinator_role": site.coordinator_role if site else "",
        "signature_path": image_file_path(site.coordinator_signature) if site else None,
        "logo_path": image_file_path(site.logo) if site else None,
    }


def render_certificate_pdf(certificate):
    """The certificate as PDF bytes. Raises CertificateRenderError rather than return a broken document."""
    with translation.override("nl"):
        html = render_to_string(TEMPLATE, certificate_context(certificate))
    buffer = io.BytesIO()
    result = pisa.CreatePDF(html, dest=buffer, encoding="utf-8", resource_policy=current_policy())
    if result.err:
        details = "; ".join(message for mode, _line, message, _fragment in result.log if mode == "error")
        raise CertificateRenderError(f"Certificate {certificate.code}: {result.err} error(s): {details}")
    return buffer.getvalue()


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
