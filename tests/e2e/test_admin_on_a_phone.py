"""The coordinator's admin on a phone: each registration is a card, so "Aanwezig" can be set without scrolling
sideways, the question column of the item analysis stays readable, and report charts keep their labels whole
and their text legible, with a marker on the table below them."""

import pytest
from playwright.sync_api import expect

from accounts.factories import OrganisationFactory, UserFactory
from tests.test_reports import build_report_data

from .conftest import log_in

PHONE = {"width": 390, "height": 844}
LONG_NAME = "Stichting Minderjarigen, loverboys en criminele uitbuiting Flevoland"


@pytest.fixture
def admin_site(transactional_db, catalogue, audiences):
    UserFactory(email="coordinator@example.org", organisation=None, is_staff=True, is_superuser=True)
    data = build_report_data(catalogue, audiences)
    UserFactory(organisation=OrganisationFactory(name=LONG_NAME))  # a long label in the reach chart
    return data


def page_overflows(page):
    return page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1")


@pytest.mark.parametrize("width", [390, 320])
def test_registrations_page_on_a_phone(page, live_server, admin_site, width):
    """Each registration is a card: the "Aanwezig" list is on the screen without scrolling sideways (it sat at
    x≈575 in a table that scrolled without a cue), the page does not scroll sideways, the title wraps whole
    ("Aanmeldinge" at 320), and the three buttons line up."""
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    session = admin_site.briefing
    page.goto(f"{live_server.url}/admin/snippets/briefings/briefingsession/{session.pk}/aanmeldingen/")
    assert not page_overflows(page)
    title = page.locator("h1.w-header__title")
    assert title.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert "Aanmeldingen" in title.inner_text().replace("\n", "")
    select = page.locator(f"#attended-{session.registrations.first().pk}")
    select.scroll_into_view_if_needed()
    box = select.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    select.select_option("yes")
    buttons = page.locator(".lk-actions > .button")
    heights = {round(buttons.nth(i).bounding_box()["height"]) for i in range(buttons.count())}
    assert buttons.count() == 3 and len(heights) == 1
    page.screenshot(path=f"/tmp/lk-registrations-phone-{width}.png", full_page=True)


def test_item_analysis_on_a_phone(page, live_server, admin_site):
    """The question column is wide enough to read (not 35 px), and words are not broken mid-word."""
    page.set_viewport_size(PHONE)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/rapportages/items/")
    title = page.locator("td.lk-question").first
    assert title.bounding_box()["width"] >= 200
    assert not page_overflows(page)
    # The question starts at the top of its row, not a screen lower beside a long list of chosen options,
    # and not against the screen's edge.
    header = page.locator("table.listing thead").first.bounding_box()
    text = title.locator("xpath=./*[1]").bounding_box() if title.locator("xpath=./*").count() else title.bounding_box()
    assert text["y"] - (header["y"] + header["height"]) < 40
    assert title.evaluate("el => parseFloat(getComputedStyle(el).paddingLeft)") >= 12
    page.screenshot(path="/tmp/lk-items-phone.png", full_page=True)


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1366, "height": 900}])
def test_chart_labels_are_whole_and_legible(page, live_server, admin_site, viewport):
    """A long label starts inside the chart, its text is at least 11 px, and the table below has a marker."""
    page.set_viewport_size(viewport)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/rapportages/reach/")
    svg = page.locator(".lk-chart__svg").first
    svg_box = svg.bounding_box()
    shown = svg.text_content()
    assert "Stichting Minderjarigen, loverboys en criminele" in shown and "uitbuiting Flevoland" in shown
    for text in svg.locator("text").all():
        box = text.bounding_box()
        assert box["x"] >= svg_box["x"] - 0.5 and box["x"] + box["width"] <= svg_box["x"] + svg_box["width"] + 0.5
    size = svg.evaluate("el => el.getBoundingClientRect().width / el.viewBox.baseVal.width * 15")
    assert size >= 11
    summary = page.locator(".lk-chart__table > summary").first
    assert summary.evaluate("el => getComputedStyle(el).display") == "list-item"
    page.screenshot(path=f"/tmp/lk-reach-{viewport['width']}.png", full_page=True)


def test_page_chooser_titles_are_readable_on_a_phone(page, live_server, admin_site, catalogue):
    """Moving a module on a phone: in the page chooser each title gets at least 10rem, so "Signalen in het
    sociaal domein" wraps between words instead of a few letters a line; the chooser still fits the screen."""
    page.set_viewport_size(PHONE)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/pages/{catalogue.social.pk}/move/")
    page.locator("main [data-w-dropdown-target='toggle']").click()
    page.get_by_role("button", name="Kies een andere pagina").click()
    page.locator(".modal td.title").first.wait_for()
    page.locator(".modal a.navigate-pages").first.click()  # into the home page: Modules and its neighbours
    page.locator(".modal .breadcrumb, .modal [aria-label] a", has_text=catalogue.home.title).first.wait_for()
    titles = page.locator(".modal td.title")
    widths = [titles.nth(i).bounding_box()["width"] for i in range(titles.count())]
    assert titles.count() >= 2 and min(widths) >= 150, widths
    table = page.locator(".modal table.listing.chooser")
    assert table.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert not page_overflows(page)
    page.screenshot(path="/tmp/lk-page-chooser-phone.png")


def test_admin_listings_scroll_sideways_on_a_phone(page, live_server, admin_site, catalogue):
    """Users, organisations and the page explorer at 390 px: the admin hid whatever was wider than the screen,
    so the last columns ("Laatste login", "Aantal medewerkers", "Status") could not be reached and names wrapped
    a letter a line. Each table now scrolls inside its own region to its last column, the first column has
    room for a word, and the page itself does not scroll sideways. The images index's search field stays on the
    screen (it was pushed past the left edge)."""
    page.set_viewport_size(PHONE)
    log_in(page, live_server, "coordinator@example.org")
    for url in ("/admin/users/", "/admin/snippets/accounts/organisation/", f"/admin/pages/{catalogue.index.pk}/"):
        page.goto(live_server.url + url)
        table = page.locator("table.listing").first
        region = table.locator("xpath=..")
        assert region.evaluate("el => getComputedStyle(el).overflowX") == "auto", url
        last_header = table.locator("thead th").last
        region.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
        box = last_header.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, url
        name = table.locator("tbody tr").first.locator("td.title, td:not(:has(input[type=checkbox]))").first
        assert name.bounding_box()["width"] >= 150, url
        assert not page_overflows(page), url
    page.goto(live_server.url + "/admin/images/")
    search = page.locator(".w-slim-header__search-form input[name=q]")
    box = search.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_the_dashboard_panel_keeps_its_text_off_the_border(page, live_server, admin_site):
    """ "Leren Kijken in cijfers" on the admin's dashboard: its figures started at the panel's border."""
    page.set_viewport_size(PHONE)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/")
    panel = page.locator(".w-panel--dashboard:has(.lk-summary)").bounding_box()
    figures = page.locator(".lk-summary").bounding_box()
    assert figures["x"] - panel["x"] >= 16


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1366, "height": 900}])
def test_the_minimap_leaves_a_phones_edge_free(page, live_server, admin_site, catalogue, viewport):
    """Editing a lesson on a phone: the minimap's strip at the right edge covered the fields' buttons, with no
    room to open it; it is left out below 50em and stays on a laptop."""
    page.set_viewport_size(viewport)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/pages/{catalogue.social_lessons[0].pk}/edit/")
    page.locator("#id_title").wait_for()
    minimap = page.locator(".w-minimap")
    if viewport is PHONE:
        expect(minimap).to_be_hidden()
        assert not page_overflows(page)
    else:
        expect(minimap).to_be_visible()


REACHABLE = """([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return Boolean(hit && hit.closest("[data-tippy-root]"));
}"""


def test_a_last_rows_menu_is_whole_on_a_phone(page, live_server, admin_site, catalogue):
    """The "…" menu of the explorer's last row opens inside the table's sideways-scrolling region: it showed
    "Wijzig" and "Bekijk live" and cut off "Verplaats", "Kopiëren", "Verwijderen". Every item can now be
    scrolled to on the page and clicked."""
    page.set_viewport_size(PHONE)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/pages/{catalogue.home.pk}/")
    page.locator("table.listing tbody tr").last.locator("[data-w-dropdown-target='toggle']").click()
    items = page.locator("[data-tippy-root] .w-dropdown__content :is(a, button):visible")
    expect(items.first).to_be_visible()
    assert items.count() >= 5
    for index in range(items.count()):
        item = items.nth(index)
        page.evaluate("y => document.querySelector('main').scrollBy(0, y - 200)", item.bounding_box()["y"])
        box = item.bounding_box()
        centre = [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2]
        assert page.evaluate(REACHABLE, centre), item.inner_text()


@pytest.mark.parametrize("width", [390, 320])
def test_a_listings_title_is_whole_beside_its_add_button(page, live_server, admin_site, width):
    """The users listing's header showed "Gebr…": the title and "Voeg een gebruiker toe" shared one row. The
    button now goes below, and both are whole."""
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/users/")
    title = page.locator("header .w-breadcrumbs li:last-child").filter(has_text="Gebruikers")
    expect(title).to_be_visible()
    # The breadcrumbs region shows all it holds, and the title's last letters are what is seen there.
    trail = page.locator("header .w-breadcrumbs")
    assert trail.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert title.evaluate(
        """el => { const r = el.getBoundingClientRect();
                   return el.contains(document.elementFromPoint(r.right - 3, r.top + r.height / 2)); }"""
    )
    add = page.get_by_role("link", name="Voeg een gebruiker toe")
    assert add.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert add.bounding_box()["x"] + add.bounding_box()["width"] <= width


def test_the_menus_longer_names_are_whole_on_a_laptop(page, live_server, admin_site):
    """ "Organisaties en teams" and "Certificaten en bijeenkomsten" were cut to "Organisaties e…"."""
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/")
    for name in ("Organisaties en teams", "Certificaten en bijeenkomsten"):
        label = page.locator(".sidebar .menuitem-label", has_text=name)
        expect(label).to_be_visible()
        assert label.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), name


def test_the_account_page_fits_a_phone(page, live_server, admin_site):
    """The time-zone list (786 px, as wide as its longest option) made the account page scroll sideways."""
    page.set_viewport_size(PHONE)
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/account/")
    main = page.locator("main")
    assert main.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert not page_overflows(page)
    zone = page.locator("select[name='locale-current_time_zone']")
    assert zone.bounding_box()["x"] + zone.bounding_box()["width"] <= PHONE["width"]


@pytest.mark.parametrize("path", ["/admin/account/", "/admin/snippets/accounts/organisation/add/"])
def test_no_icon_is_cut_off_at_the_left_edge_at_320(page, live_server, admin_site, path):
    """At 320 px the heading's icon sat 2.75rem left of "Account", half outside the screen. Every icon in the
    page's header and panels is whole on screen (or not shown)."""
    page.set_viewport_size({"width": 320, "height": 700})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}{path}")
    cut = page.evaluate(
        """() => [...document.querySelectorAll("main svg.icon")]
            .filter((icon) => icon.getClientRects().length && getComputedStyle(icon).visibility !== "hidden")
            .map((icon) => [icon.getAttribute("class"), icon.getBoundingClientRect().left])
            .filter(([, left]) => left < 0)"""
    )
    assert cut == []
