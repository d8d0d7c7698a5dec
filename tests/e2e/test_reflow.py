"""Reflow (WCAG 1.4.10): every page type fits a 320 px, a 390 px and a 1366 px wide window, for every role, and its
text is at least 16 px on a phone.

One browser context per role walks the tour once (`tests/e2e/tour.py`); at each page type the window is set to
each width and the page is measured: no horizontal scrolling, no text outside the window.
"""

import io

from django.core.management import call_command

from wagtail.models import Collection, Locale, Page

import pytest

from . import tour

PASSWORD = "demo-wachtwoord-reflow"


@pytest.fixture
def demo(transactional_db, monkeypatch):
    """The demo content as `make run` shows it (a browser test flushes Wagtail's root page and collection)."""
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Alle pagina's", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Algemeen")
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    call_command("load_demo", stdout=io.StringIO())


def problems_at_every_width(page):
    problems = []
    for width in tour.WIDTHS:
        page.set_viewport_size({"width": width, "height": tour.PHONE_HEIGHT})
        problems += tour.reflow_problems(page)
        if width < tour.MIN_TEXT_BELOW:
            problems += tour.small_text_problems(page)
    return problems


def test_every_page_fits_the_window(browser, live_server, demo):
    """Each page type of each role (anonymous, learner) reflows at 320, 390 and 1366 px: nothing wider than the
    window, nothing cut off; no text below 16 px on a phone. Both roles in one test, on one load of the demo (the
    tours only read it)."""
    problems = []
    for role in ("anonymous", "learner"):
        context = browser.new_context()  # a fresh context per role: its own cookies and log-in
        page = context.new_page()
        page.set_default_timeout(10_000)
        seen = []
        for name in getattr(tour, role)(page, live_server.url, PASSWORD):
            seen.append(name)
            problems += [f"{role}: {problem}" for problem in problems_at_every_width(page)]
        context.close()
        assert len(seen) > 10, role
    assert problems == [], "\n".join(problems)


def test_team_session_pages_fit_the_window(browser, live_server, demo):
    """The facilitator's set-up pages and the phone's join, wait, question and answered pages reflow at 320 px."""
    facilitator_context, phone_context = browser.new_context(), browser.new_context()
    page, phone = facilitator_context.new_page(), phone_context.new_page()
    page.set_default_timeout(10_000)
    phone.set_default_timeout(10_000)
    problems, seen = [], []
    for role, name in tour.team_session(page, phone, live_server.url, PASSWORD):
        seen.append(name)
        problems += problems_at_every_width(page if role == "facilitator" else phone)
    facilitator_context.close()
    phone_context.close()
    assert "phone-answered" in seen
    assert problems == [], "\n".join(problems)
