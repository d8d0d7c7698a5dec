"""The signal card of a module: one printable page with its signals and the referral route.

Generated from the module's own lessons (their signal lists and the first referral route), so it
always matches the content; rendered with the same fonts and resource policy as certificates.
"""

import hashlib
import io

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from xhtml2pdf import pisa

from certificates.pdf import FONT_FAMILY, current_policy, font_face_css
from home.choices import SignalCategory
from home.models import SiteSettings

from .models import LessonPage

TEMPLATE = "courses/signal_card_pdf.html"


class SignalCardError(Exception):
    pass


def signal_card_content(course):
    """Signals per category (in the categories' order, without repeats) and the first referral route."""
    signals = {category: [] for category in SignalCategory.values}
    route = None
    for lesson in LessonPage.objects.child_of(course).live().order_by("path"):
        for block in lesson.body:
            if block.block_type == "signal_list":
                for group in block.value["groups"]:
                    bucket = signals.setdefault(group["category"], [])
                    for signal in group["signals"]:
                        if signal not in bucket:
                            bucket.append(signal)
            elif block.block_type == "referral_route" and route is None:
                route = block.value
    groups = [
        {"label": SignalCategory(category).label, "signals": items}
        for category, items in signals.items()
        if items and category in SignalCategory.values
    ]
    return {"groups": groups, "route": route}


def cached_signal_card(course, site=None):
    """The PDF from the cache while the module, its lessons and the coordinator's details are unchanged."""
    from django.core.cache import cache
    from django.db.models import Max

    changed = LessonPage.objects.child_of(course).aggregate(latest=Max("last_published_at"))["latest"]
    site_settings = SiteSettings.for_site(site) if site else SiteSettings.objects.first()
    contact = (
        (site_settings.coordinator_name, site_settings.coordinator_phone, site_settings.coordinator_email)
        if site_settings
        else ()
    )
    # A digest, not Python's hash(): the same on every app server, and safe as a cache key.
    fingerprint = hashlib.sha256(repr((course.last_published_at, changed, contact)).encode()).hexdigest()[:32]
    key = f"signal-card:{course.pk}:{fingerprint}"
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_signal_card(course, site)
        cache.set(key, pdf, 60 * 60 * 24)
    return pdf


def render_signal_card(course, site=None):
    with translation.override("nl"):
        context = {
            "course": course,
            **signal_card_content(course),
            "site_settings": SiteSettings.for_site(site) if site else SiteSettings.objects.first(),
            "font_face_css": font_face_css(str(settings.CERTIFICATE_FONT_DIR)),
            "font_family": FONT_FAMILY,
        }
        html = render_to_string(TEMPLATE, context)
    buffer = io.BytesIO()
    result = pisa.CreatePDF(html, dest=buffer, encoding="utf-8", resource_policy=current_policy())
    if result.err:
        raise SignalCardError(f"Signal card for {course.pk}: {result.err} error(s)")
    return buffer.getvalue()
