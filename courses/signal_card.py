"""The signal card of a module: one printable page with its signals and the referral route.

Generated from the module's own lessons (their signal lists and the first referral route), so it
always matches the content; rendered and cached by the PDF service (`home.pdf`).
"""

from django.db.models import Max

from home.choices import SignalCategory
from home.models import SiteSettings
from home.pdf import PdfRenderError, cached_pdf, render_pdf

from .models import LessonPage

TEMPLATE = "courses/signal_card_pdf.html"


# The service's error: callers catch one exception for every document.
SignalCardError = PdfRenderError


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
    changed = LessonPage.objects.child_of(course).aggregate(latest=Max("last_published_at"))["latest"]
    site_settings = SiteSettings.for_site_or_default(site)
    contact = (
        (site_settings.coordinator_name, site_settings.coordinator_phone, site_settings.coordinator_email)
        if site_settings
        else ()
    )
    parts = (course.last_published_at, changed, contact)
    return cached_pdf("signal-card", course.pk, parts, lambda: render_signal_card(course, site))


def render_signal_card(course, site=None):
    """The signal card as PDF bytes, or SignalCardError."""
    context = {
        "course": course,
        **signal_card_content(course),
        "site_settings": SiteSettings.for_site_or_default(site),
    }
    return render_pdf(TEMPLATE, context, what=f"Signal card for {course.pk}")
