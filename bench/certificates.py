"""Certificate PDFs: what one render costs next to a page view, and what storing it once saves.

Called from bench/__main__.py with a logged-in client, a certificate and the module page's URL.
The caller points MEDIA_ROOT and PRIVATE_MEDIA_ROOT at temporary folders, so a run leaves nothing behind.
"""

import statistics
import time

from certificates.factories import CertificateFactory
from certificates.pdf import ensure_certificate_pdf, render_certificate_pdf


def _seconds(call):
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _median(call, rounds):
    return statistics.median(_seconds(call) for _ in range(rounds))


def run(client, certificate, course_url, rounds=20):
    """Return {name: (seconds, baseline seconds)}, each the median of `rounds`."""
    render_certificate_pdf(certificate)  # the first render in a process loads fonts and templates
    pdf_s = _median(lambda: render_certificate_pdf(certificate), rounds)
    page_s = _median(lambda: client.get(course_url), rounds)

    fresh = [
        CertificateFactory(
            learner=certificate.learner,
            course=certificate.course,
            course_title=certificate.course_title,
            audience_names=certificate.audience_names,
        )
        for _ in range(rounds)
    ]
    first_s = statistics.median(_seconds(lambda c=c: ensure_certificate_pdf(c.code)) for c in fresh)
    second_s = statistics.median(_seconds(lambda c=c: ensure_certificate_pdf(c.code)) for c in fresh)
    return {
        "certificate PDF render vs module page": (pdf_s, page_s),
        "second download vs first (ensure_certificate_pdf)": (second_s, first_s),
    }
