"""One PDF service for the site's three documents: the certificate, the signal card and the facilitator guide.

Each document is an HTML template rendered in Dutch and converted by xhtml2pdf under a resource policy that
allows no network access and reads only the font, static and media folders, so nothing typed into a name
or a lesson can make the renderer fetch or read anything. Renderer errors raise `PdfRenderError` rather than
return an incomplete document. Documents that are made from content (signal card, guide) are cached under a
fingerprint of everything they are made from (`cached_pdf`); certificates are rendered once and stored.

xhtml2pdf and reportlab are imported on first use: PDFs are rare, and the import costs about 20 MiB per worker.
"""

import hashlib
import io
import logging
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.images.models import SourceImageIOError

from . import fonts

logger = logging.getLogger(__name__)

FONT_FAMILY = fonts.BASE_FAMILY
# Bounded so a large upload never ends up full size in every PDF; the original is used when this fails.
IMAGE_RENDITION = "max-1000x400"
CACHE_SECONDS = 60 * 60 * 24


class PdfRenderError(Exception):
    """xhtml2pdf reported errors; the PDF it produced would be incomplete."""


@lru_cache(maxsize=4)
def resource_policy(font_dir, static_root, media_root, extra_font_dirs=()):
    """No network at all; local reads only from the font folders (bundled and fallback, see home.fonts), static
    and media folders; xhtml2pdf's server limits."""
    from xhtml2pdf.config.resources import ResourceAccessPolicy

    return ResourceAccessPolicy.server(
        base_dir=Path(font_dir),
        extra_roots=(Path(static_root), Path(media_root), *(Path(folder) for folder in extra_font_dirs)),
        allow_remote=False,
    )


def _static_root():
    return settings.STATIC_ROOT or Path(settings.BASE_DIR) / "static"


def current_policy():
    """The resource policy for the current settings (font, static and media folders)."""
    return resource_policy(
        str(settings.CERTIFICATE_FONT_DIR), str(_static_root()), str(settings.MEDIA_ROOT), fonts.font_directories()
    )


def font_context():
    """What every PDF template needs to use the fonts (DejaVu Sans and the fallbacks of home.fonts):
    `font_face_css` and `font_family`."""
    return {"font_face_css": fonts.font_face_css(), "font_family": FONT_FAMILY}


def _inside(path, root):
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def image_file_path(image):
    """A local path to a Wagtail image (a bounded rendition, else the original) inside MEDIA_ROOT, or None."""
    if image is None:
        return None
    candidates = []
    try:
        candidates.append(image.get_rendition(IMAGE_RENDITION).file)
    except (OSError, SourceImageIOError, ValueError) as error:
        logger.warning("No rendition of image %s for a PDF: %s", image.pk, error)
    candidates.append(image.file)
    for file in candidates:
        try:
            path = file.path
        except (NotImplementedError, ValueError):
            continue  # storage without local paths, or no file
        if _inside(path, settings.MEDIA_ROOT) and Path(path).is_file():
            return str(Path(path).resolve())
    return None


def render_html(template, context):
    """The document's HTML, in Dutch, with the font context added."""
    with translation.override("nl"):
        return render_to_string(template, {**font_context(), **context})


def html_to_pdf(html, what):
    """PDF bytes from HTML under the resource policy. `what` names the document in the error message.

    Raises PdfRenderError with xhtml2pdf's error lines when it reports any.
    """
    from xhtml2pdf import pisa

    buffer = io.BytesIO()
    result = pisa.CreatePDF(html, dest=buffer, encoding="utf-8", resource_policy=current_policy())
    if result.err:
        details = "; ".join(message for mode, _line, message, _fragment in result.log if mode == "error")
        raise PdfRenderError(f"{what}: {result.err} error(s): {details}")
    return buffer.getvalue()


def render_pdf(template, context, what):
    """Render `template` with `context` and convert it: PDF bytes, or PdfRenderError."""
    return html_to_pdf(render_html(template, context), what)


def fingerprint(parts):
    """A digest of what a document is made from (any repr-able value): the same on every app server, unlike
    Python's hash(), and safe in a cache key. 32 hex characters."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def cached_pdf(kind, key, parts, render, timeout=CACHE_SECONDS):
    """The PDF from the shared cache while `parts` (what it is made from) is unchanged; `render()` otherwise.

    `kind` and `key` name the document ("signal-card", a module id); the cache key ends in the fingerprint.
    """
    cache_key = f"{kind}:{key}:{fingerprint(parts)}"
    pdf = cache.get(cache_key)
    if pdf is None:
        pdf = render()
        cache.set(cache_key, pdf, timeout)
    return pdf
