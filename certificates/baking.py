"""Badge images with the credential inside ("baking", Open Badges 3.0 §5.3).

PNG: an `iTXt` chunk with keyword `openbadgecredential`, uncompressed, holding the compact VC-JWT, placed
before `IEND`. SVG: an `<openbadges:credential>` element (namespace `https://purl.imsglobal.org/ob/v3p0`)
as the first child of the root `<svg>`, holding the VC-JWT as text. A JWT is base64url, so it needs no
escaping in either.
"""

import io
import re
import struct
import zlib
from functools import lru_cache

from django.utils.html import escape

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYWORD = b"openbadgecredential"
SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"


class NotBaked(ValueError):
    """The image holds no Open Badges credential (or is not a PNG or SVG)."""


def _chunks(png):
    if not png.startswith(PNG_SIGNATURE):
        raise NotBaked("not a PNG")
    offset = len(PNG_SIGNATURE)
    while offset + 8 <= len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        data = png[offset + 8 : offset + 8 + length]
        yield offset, kind, data, offset + 12 + length
        offset += 12 + length


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bake_png(png, token):
    """The PNG bytes with one `openbadgecredential` iTXt chunk (an earlier one is replaced)."""
    text = PNG_KEYWORD + b"\0" + b"\0\0" + b"\0" + b"\0" + token.encode("ascii")
    out = [PNG_SIGNATURE]
    for start, kind, data, end in _chunks(png):
        if kind == b"iTXt" and data.startswith(PNG_KEYWORD + b"\0"):
            continue
        if kind == b"IEND":
            out.append(_chunk(b"iTXt", text))
        out.append(png[start:end])
    return b"".join(out)


def unbake_png(png):
    """The credential text from a baked PNG. Raises NotBaked when there is none."""
    for _start, kind, data, _end in _chunks(png):
        if kind != b"iTXt" or not data.startswith(PNG_KEYWORD + b"\0"):
            continue
        rest = data[len(PNG_KEYWORD) + 1 :]
        compressed, _method = rest[0], rest[1]
        rest = rest[2:]
        _language, rest = rest.split(b"\0", 1)
        _translated, text = rest.split(b"\0", 1)
        return (zlib.decompress(text) if compressed else text).decode("utf-8")
    raise NotBaked("no openbadgecredential chunk")


def bake_svg(svg, token):
    """The SVG text with the credential as the first child of `<svg>` and the namespace declared."""
    match = re.search(r"<svg\b[^>]*>", svg)
    if match is None:
        raise NotBaked("not an SVG")
    tag = match.group(0)
    if "xmlns:openbadges" not in tag:
        tag = tag[:-1].rstrip("/") + f' xmlns:openbadges="{SVG_NAMESPACE}">'
    element = f"<openbadges:credential>{escape(token)}</openbadges:credential>"
    return svg[: match.start()] + tag + element + svg[match.end() :]


def unbake_svg(svg):
    """The credential text from a baked SVG. Raises NotBaked when there is none."""
    from xml.etree import ElementTree

    if "<!DOCTYPE" in svg.upper() or "<!ENTITY" in svg.upper():
        # An uploaded file: no entity expansion ("billion laughs"); a badge needs no DTD.
        raise NotBaked("SVG with a DTD")
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError as error:
        raise NotBaked("not an SVG") from error
    element = root.find(f"{{{SVG_NAMESPACE}}}credential")
    if element is None:
        raise NotBaked("no openbadges:credential element")
    return (element.text or "").strip()


BADGE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" \
role="img" aria-label="{label}"><title>{label}</title>\
<circle cx="200" cy="200" r="190" fill="#154273"/><circle cx="200" cy="200" r="160" fill="none" \
stroke="#ffffff" stroke-width="6"/><text x="200" y="185" font-family="sans-serif" font-size="40" \
font-weight="bold" fill="#ffffff" text-anchor="middle">Leren</text><text x="200" y="235" \
font-family="sans-serif" font-size="40" font-weight="bold" fill="#ffffff" text-anchor="middle">Kijken</text></svg>"""


def badge_svg(label="Leren Kijken"):
    return BADGE_SVG.format(label=escape(label))


@lru_cache(maxsize=1)
def badge_png():
    """The unbaked badge as PNG bytes (400 × 400), drawn once per process."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 390, 390), fill="#154273")
    draw.ellipse((40, 40, 360, 360), outline="#ffffff", width=6)
    draw.text((200, 175), "Leren", fill="#ffffff", anchor="mm", font_size=44)
    draw.text((200, 230), "Kijken", fill="#ffffff", anchor="mm", font_size=44)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
