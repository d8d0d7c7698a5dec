"""Fonts for the PDFs: which font draws which character of a name, and how large the name can be.

No single free TrueType font covers every name people in Flevoland have: DejaVu Sans (bundled in
settings.CERTIFICATE_FONT_DIR) draws Latin with Turkish and Polish letters, Cyrillic, Greek and Arabic; Chinese,
Japanese and Korean need a CJK font, here Droid Sans Fallback from Debian's fonts-droid-fallback package
(one TrueType file; xhtml2pdf embeds TrueType, not the TTC collections fonts-noto-cjk ships). A name is cut
into runs of characters and each run gets the first font in the chain that has all its glyphs.

The chain is DejaVu Sans, then every file in settings.CERTIFICATE_FALLBACK_FONTS that exists (a missing file
is logged, and names that need it are refused at sign-up rather than printed as empty boxes).
"""

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from home.names import validate_name

logger = logging.getLogger(__name__)

BASE_FAMILY = "DejaVu Sans"

# The certificate's name line: A4 landscape (842 pt) less the page margins (2 cm each side, 113 pt) and a
# little air. Sizes in points.
NAME_LINE_WIDTH = 842 - 2 * 56.7 - 20
NAME_MAX_SIZE = 32
NAME_MIN_SIZE = 10


@dataclass(frozen=True)
class Font:
    """One family in the chain: CSS family name, regular and bold TrueType files, the code points it draws."""

    family: str
    regular: Path
    bold: Path
    codepoints: frozenset

    def draws(self, char):
        return ord(char) in self.codepoints


def _codepoints(path):
    from reportlab.pdfbase.ttfonts import TTFont  # reportlab is heavy; only forms and PDFs need it

    return frozenset(TTFont(f"probe-{path}", str(path)).face.charToGlyph)


def _fallback_family(path):
    return f"Fallback {Path(path).stem}"


@lru_cache(maxsize=4)
def font_chain(font_dir=None, fallbacks=None):
    """The fonts in the order they are tried: [Font], DejaVu Sans first. Arguments default to the settings."""
    font_dir = Path(font_dir or settings.CERTIFICATE_FONT_DIR).resolve()
    if fallbacks is None:
        fallbacks = tuple(settings.CERTIFICATE_FALLBACK_FONTS)
    regular, bold = font_dir / "DejaVuSans.ttf", font_dir / "DejaVuSans-Bold.ttf"
    chain = [Font(BASE_FAMILY, regular, bold, _codepoints(regular))]
    for path in fallbacks:
        path = Path(path)
        if not path.is_file():
            logger.warning("Certificate fallback font %s is missing; names that need it are refused.", path)
            continue
        # These fonts have no bold face; the regular one stands in, so the name still prints.
        chain.append(Font(_fallback_family(path), path.resolve(), path.resolve(), _codepoints(path)))
    return tuple(chain)


def font_directories():
    """Every folder the chain's files are in, for the PDF renderer's resource policy: tuple of str."""
    return tuple(sorted({str(font.regular.parent) for font in font_chain()}))


def font_face_css():
    """@font-face rules for every font in the chain, normal and bold. Built from settings only, never from
    a certificate's text, so it may go into the template's <style> unescaped."""
    rules = []
    for font in font_chain():
        for weight, path in (("normal", font.regular), ("bold", font.bold)):
            rules.append(
                f'@font-face {{ font-family: "{font.family}"; font-weight: {weight}; src: url("{path.as_posix()}"); }}'
            )
    return mark_safe("\n".join(rules))


def _is_neutral(char):
    """Spaces, joiners and combining marks go with the run around them instead of choosing a font."""
    return char.isspace() or unicodedata.category(char) in {"Mn", "Me", "Cf"}


def font_for(char, chain=None):
    """The first font in the chain that draws the character, or None."""
    for font in chain or font_chain():
        if font.draws(char):
            return font
    return None


def runs(text, chain=None):
    """The text cut into [(Font, str)]: each run drawn by one font; characters no font has stay with DejaVu."""
    chain = chain or font_chain()
    result = []
    for char in text:
        if result and _is_neutral(char):
            font = result[-1][0]
        else:
            font = font_for(char, chain) or chain[0]
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return result


def undrawable(text):
    """The characters of text that no font in the chain draws (spaces and joiners aside), in order, once each."""
    chain = font_chain()
    seen = []
    for char in text:
        if not _is_neutral(char) and font_for(char, chain) is None and char not in seen:
            seen.append(char)
    return seen


def markup(text):
    """The text as HTML: escaped, with each run that needs another font than DejaVu Sans in its own span."""
    parts = []
    for font, run in runs(text):
        if font.family == BASE_FAMILY:
            parts.append(escape(run))
        else:
            parts.append(f'<span style="font-family: &quot;{font.family}&quot;">{escape(run)}</span>')
    return mark_safe("".join(parts))


def _register(font, bold):
    """The ReportLab name of the font's file, registered once, for measuring widths."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = font.bold if bold else font.regular
    name = f"measure-{path}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def text_width(text, size, bold=True):
    """Width in points of the text set in its fonts at `size` points."""
    from reportlab.pdfbase import pdfmetrics

    return sum(pdfmetrics.stringWidth(run, _register(font, bold), size) for font, run in runs(text))


def name_font_size(text, line_width=NAME_LINE_WIDTH):
    """The largest size in whole points, from NAME_MAX_SIZE down to NAME_MIN_SIZE, at which the bold name
    fits on one line; a name too long even at NAME_MIN_SIZE wraps onto more lines at that size."""
    width_at_one_point = text_width(text, 1) or 1
    size = int(line_width / width_at_one_point)
    return max(NAME_MIN_SIZE, min(NAME_MAX_SIZE, size))


def _visible(char):
    """A character as the person can find it in the message: itself, or its code (U+202E) when it is
    invisible (a control or formatting character) and would show as nothing."""
    return char if char.isprintable() and not char.isspace() else f"U+{ord(char):04X}"


def validate_printable_name(value):
    """Form validator for a name on a certificate: validate_name (no control characters, nothing that turns
    the writing direction, not only invisible characters), then refuses characters no certificate font draws
    (an emoji, a rare script), naming them, so that the certificate never shows an empty box. Raises
    ValidationError."""
    validate_name(value)
    missing = undrawable(value)
    if missing:
        raise ValidationError(
            ngettext(
                "Dit teken kan niet op je certificaat: %(chars)s. Schrijf je naam zonder dit teken.",
                "Deze tekens kunnen niet op je certificaat: %(chars)s. Schrijf je naam zonder deze tekens.",
                len(missing),
            )
            % {"chars": " ".join(_visible(char) for char in missing)},
            code="unprintable",
        )
