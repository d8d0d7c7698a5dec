"""Sharp edges of the coordinator's admin that a user notices: on a phone both choices for a duplicate upload are on
the screen, the page chooser's breadcrumbs stay readable, and on a laptop the minimap leaves the image field's
"…" button free."""

import io
import os

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import Image as PillowImage

from accounts.factories import UserFactory
from reports.roles import ensure_roles

from .conftest import log_in

PAGE_SCROLLS_SIDEWAYS = "() => document.scrollingElement.scrollWidth > window.innerWidth"
WITHIN_VIEWPORT = """(el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 0.5;
}"""


def png_bytes():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (300, 200), (200, 50, 90)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def coordinator(transactional_db):
    return UserFactory(email="coordinator@example.org", organisation=None, is_staff=True, is_superuser=True)


@pytest.fixture
def library_image(transactional_db, tmp_path):
    """An image in the library whose file the test uploads once more (Wagtail compares the files' hashes)."""
    if Collection.get_first_root_node() is None:  # a transactional test empties the table the migration filled
        Collection.add_root(name="Algemeen")
    image = get_image_model()(title="Vergrootglas", file=ContentFile(png_bytes(), name="vergrootglas.png"))
    image._set_file_hash()
    image.save()
    upload = tmp_path / "vergrootglas-opnieuw.png"
    upload.write_bytes(png_bytes())
    return upload


def shot(page, name):
    """A screenshot into $LK_SHOTS, when set (to look at; nothing is compared)."""
    if os.environ.get("LK_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], name))


@pytest.mark.parametrize("width", [390, 320])
def test_both_choices_for_a_duplicate_image_are_on_a_phones_screen(
    page, live_server, coordinator, catalogue, library_image, width
):
    """Uploading an image the library already has, from a module's cover image field: "Gebruik nieuwe afbeelding"
    sat past the modal's left edge (x < 0, out of reach); both choices are now within the screen, and the page
    does not scroll sideways."""
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/pages/{catalogue.social.pk}/edit/")
    page.locator("#id_title").wait_for()
    page.locator("[data-chooser-action-choose]").first.click()
    page.locator(".modal [role=tab]", has_text="Uploaden").click()
    page.locator(".modal input[type=file]").set_input_files(library_image)
    page.locator(".modal input[name$='title']").fill("Vergrootglas opnieuw")
    page.locator(".modal form:has(input[type=file]) button[type=submit]").click()
    use_new = page.locator(".modal .use-new-image")
    use_existing = page.locator(".modal .use-existing-image")
    use_new.wait_for()
    assert use_new.inner_text().strip() == "Gebruik nieuwe afbeelding"
    for button in (use_new, use_existing):
        button.scroll_into_view_if_needed()
        assert button.evaluate(WITHIN_VIEWPORT), button.bounding_box()
    assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS)
    shot(page, f"e2e-duplicate-image-{width}.png")


def test_both_choices_after_a_multiple_upload_are_on_a_phones_screen(page, live_server, coordinator, library_image):
    """The same duplicate dropped on "Afbeeldingen toevoegen": "Bewaar nieuwe afbeelding" and "Nieuwe afbeelding
    verwijderen" ran past the right edge of a 320 px screen; they now wrap below the preview."""
    page.set_viewport_size({"width": 320, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(library_image)
    keep = page.locator(".confirm-duplicate-upload .confirm-upload")
    keep.wait_for()
    for button in (keep, page.locator(".confirm-duplicate-upload .delete")):
        assert button.evaluate(WITHIN_VIEWPORT), button.bounding_box()
    assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS)


@pytest.mark.parametrize("width", [390, 320])
def test_the_page_choosers_breadcrumbs_are_whole_on_a_phone(page, live_server, coordinator, catalogue, width):
    """Moving a lesson on a phone, one level down in the page chooser: the breadcrumbs stayed on one line and the
    last ones ("Modules", where you are) were out of sight in a region that scrolled without a cue. They now wrap:
    every crumb is within the screen and the region hides nothing."""
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/pages/{catalogue.social_lessons[0].pk}/move/")
    page.locator("main [data-w-dropdown-target='toggle']").click()
    page.get_by_role("button", name="Kies een andere pagina").click()
    page.locator(".modal tr", has_text=catalogue.social.title).locator("a.navigate-pages").click()
    crumbs = page.locator(".modal .w-breadcrumbs")
    crumbs.locator("li", has_text=catalogue.index.title).wait_for(state="attached")
    assert crumbs.locator("li").count() >= 3
    assert crumbs.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    for i in range(crumbs.locator("li").count()):
        crumb = crumbs.locator("li").nth(i)
        assert crumb.evaluate(WITHIN_VIEWPORT), (crumb.inner_text(), crumb.bounding_box())
        assert crumb.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), crumb.inner_text()
    assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS)
    shot(page, f"e2e-page-chooser-breadcrumbs-{width}.png")


@pytest.mark.parametrize("width", [390, 320])
def test_an_editor_opening_a_report_link_sees_why_and_a_way_back(page, live_server, transactional_db, width):
    """An editor follows a colleague's link to the modules report: the screen says "Geen toegang" and why, in the
    admin's layout, with "Naar het dashboard" on the screen; the dashboard was shown instead, with a red line."""
    ensure_roles()  # a transactional test empties the tables the migration filled
    UserFactory(email="redacteur@example.org").groups.add(Group.objects.get(name="Redacteuren"))
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, live_server, "redacteur@example.org")
    response = page.goto(f"{live_server.url}/admin/rapportages/modules/")
    assert response.status == 403
    assert page.url.endswith("/admin/rapportages/modules/")
    main = page.locator("main")
    assert "Geen toegang" in main.locator("h1").inner_text()
    assert "De rapporten zijn alleen voor coördinatoren en contactpersonen van een organisatie." in main.inner_text()
    back = main.get_by_role("link", name="Naar het dashboard")
    assert back.evaluate(WITHIN_VIEWPORT)
    assert not page.evaluate(PAGE_SCROLLS_SIDEWAYS)
    shot(page, f"e2e-editor-report-403-{width}.png")
    back.click()
    page.wait_for_url(f"{live_server.url}/admin/")


HIT_AT_CENTRE = """(el) => {
    el.scrollIntoView({block: "center", behavior: "instant"});
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return Boolean(hit && el.contains(hit));
}"""


def test_the_minimap_leaves_the_image_fields_button_free_on_a_laptop(page, live_server, coordinator, catalogue):
    """A module's cover image with a long title, at 1366 × 900: the image field's "…" button (change or edit the
    image) and its menu are not under the minimap, folded in or opened out."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Algemeen")
    image = get_image_model().objects.create(
        title="Omslag: Mensenhandel herkennen op school, loverboys en criminele werving in Flevoland en daarbuiten",
        file=ContentFile(png_bytes(), name="omslag.png"),
    )
    catalogue.social.cover_image = image
    catalogue.social.save_revision().publish()
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, live_server, "coordinator@example.org")
    page.goto(f"{live_server.url}/admin/pages/{catalogue.social.pk}/edit/")
    page.locator("#id_title").wait_for()
    actions = page.locator("button[aria-describedby='id_cover_image-title']")
    page.locator(".w-minimap").wait_for()
    for state in ("folded in", "opened out"):
        if state == "opened out":
            page.locator("#w-minimap-toggle").click()
            page.wait_for_timeout(400)  # the minimap slides open
        assert actions.evaluate(HIT_AT_CENTRE), state
        actions.click()
        change = page.locator("[data-tippy-root]").get_by_text("Wijzig afbeelding")
        assert change.evaluate(HIT_AT_CENTRE), state
        page.keyboard.press("Escape")
    shot(page, "e2e-minimap-image-field-1366.png")
