"""The admin's tables on a phone and a laptop: no word is cut in two, a table wider than the screen scrolls
inside its own region with a shadow at the side where more columns are, and the modules report fits 1366 px."""

import os

import pytest

from accounts.factories import OrganisationFactory, UserFactory
from briefings.factories import BriefingSessionFactory
from tests.test_reports import build_report_data

from .conftest import log_in

# Every word (a run of letters and digits) of the cells and headings that runs onto two lines. A break at a hyphen
# (oud-|leerling), a slash or a bracket is where a reader expects one; an e-mail address is no word.
BROKEN_WORDS = """() => {
    const broken = [];
    for (const cell of document.querySelectorAll("main table.listing :is(th, td)")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const chunk of node.data.matchAll(/\\S+/g)) {
                if (chunk[0].includes("@")) continue;
                for (const word of chunk[0].matchAll(/[\\p{L}\\p{N}]+/gu)) {
                    const range = document.createRange();
                    range.setStart(node, chunk.index + word.index);
                    range.setEnd(node, chunk.index + word.index + word[0].length);
                    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
                    if (new Set(rects.map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
                }
            }
        }
    }
    return broken;
}"""

PAGE_SCROLLS_SIDEWAYS = "() => document.documentElement.scrollWidth > window.innerWidth + 1"


@pytest.fixture
def admin_site(transactional_db, catalogue, audiences):
    UserFactory(email="coordinator@example.org", organisation=None, is_staff=True, is_superuser=True)
    data = build_report_data(catalogue, audiences)
    school = OrganisationFactory(name="Scholengemeenschap Almere")
    UserFactory(full_name="Carla Contactpersoon", organisation=school)
    BriefingSessionFactory(title="Terugkombijeenkomst Noordoostpolder")
    return data


LISTINGS = [
    "/admin/users/",
    "/admin/snippets/accounts/organisation/",
    "/admin/snippets/briefings/briefingsession/",
    "/admin/rapportages/modules/",
    "/admin/rapportages/briefings/",
    "/admin/rapportages/reach/",
]


@pytest.mark.parametrize("width", [390, 320])
def test_no_word_is_cut_in_two_on_a_phone(page, live_server, admin_site, width):
    """ "Contactpersoon" no longer reads "Contactpers/oon": in every listing each word stays on one line, and the
    page itself does not scroll sideways (a wide table scrolls inside its region)."""
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    for path in LISTINGS:
        page.goto(live_server.url + path)
        assert page.evaluate(BROKEN_WORDS) == [], path
        assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS), path
    page.goto(live_server.url + "/admin/users/")
    shot(page, f"e2e-users-{width}.png")


def shot(page, name):
    """A full-page screenshot into $LK_SHOTS, when set (to look at; nothing is compared)."""
    if os.environ.get("LK_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], name), full_page=True)


def edge_brightness(page, region, side):
    """The median brightness (0-255) of 4 × 6 px bands down one side of the region.

    The region's own screenshot (Playwright waits until it is stable and in view), with the table itself made
    invisible first, so that only the region's own background (the shadow and its covers) is measured, not the
    cells' text or backgrounds. The median, not one band: anything laid over part of the region (a header that
    sticks to the top of the screen) cannot decide the result."""
    import io
    import statistics

    from PIL import Image, ImageStat

    page.add_style_tag(content="main table.listing { visibility: hidden !important; }")
    image = Image.open(io.BytesIO(region.screenshot())).convert("L")
    left = image.width - 6 if side == "right" else 2
    bands = [image.crop((left, top, left + 4, top + 6)) for top in range(1, image.height - 6, 6)]
    return statistics.median(ImageStat.Stat(band).mean[0] for band in bands)


@pytest.mark.parametrize(
    ("path", "width"),
    [("/admin/users/", 390), ("/admin/users/", 320), ("/admin/rapportages/modules/", 390)],
)
def test_a_table_that_scrolls_sideways_shows_a_shadow_where_more_is(page, live_server, admin_site, path, width):
    """A table wider than the phone shows a shadow at its right edge; scrolled to the end the shadow is at the
    left and gone from the right."""
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    region = page.locator("main :has(> table.listing)").last
    assert region.evaluate("el => el.scrollWidth > el.clientWidth + 1")
    at_start = edge_brightness(page, region, "right")
    region.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    page.wait_for_timeout(100)
    at_end = edge_brightness(page, region, "right")
    left_at_end = edge_brightness(page, region, "left")
    assert at_start < at_end - 20, (at_start, at_end)
    assert left_at_end < at_end - 20, (left_at_end, at_end)
    shot(page, f"e2e-cue-{width}.png")


def test_modules_report_fits_a_laptop(page, live_server, admin_site):
    """At 1366 px the modules report's table fits: its headings wrap between words, nothing scrolls sideways."""
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(live_server.url + "/admin/rapportages/modules/")
    region = page.get_by_role("region", name="Tabel met de cijfers")
    assert region.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert page.evaluate(BROKEN_WORDS) == []
    assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS)
    shot(page, "e2e-modules-1366.png")


@pytest.mark.parametrize("width", [320, 390])
def test_certificate_codes_stay_on_one_line_on_a_phone(page, live_server, admin_site, width):
    """A certificate's code ("JRYY-JGQK-…") broke at every dash over five lines at 320 px; it is one line, and
    the table scrolls inside its region, not the page."""
    from certificates.factories import CertificateFactory

    certificate = CertificateFactory()
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(live_server.url + "/admin/snippets/certificates/certificate/")
    cell = page.locator("main table.listing td", has_text=certificate.display_code).first
    assert cell.evaluate("el => el.getClientRects().length && el.innerText.trim()") == certificate.display_code
    heights = cell.evaluate(
        """el => { const r = document.createRange(); r.selectNodeContents(el);
        return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size; }"""
    )
    assert heights == 1
    assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS)
    shot(page, f"e2e-certificates-{width}.png")
