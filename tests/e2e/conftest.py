"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

# Playwright's sync API runs an event loop in this thread; the ORM calls in the tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Debian's chromium-headless-shell (`make test` installs it): the same Blink as /usr/bin/chromium without the
# desktop browser around it, a fifth less CPU for the suite; CHROMIUM=/usr/bin/chromium runs them in the full one.
CHROMIUM = os.environ.get("CHROMIUM") or "/usr/bin/chromium-headless-shell"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not shutil.which(CHROMIUM):
        pytest.fail(
            f"Debian's Chromium is needed at {CHROMIUM} (apt-get install chromium-headless-shell); `make test` "
            "installs it."
        )
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Run axe-core on the current page and fail with the report when it finds any violation."""

    def check(page):
        results = axe.run(page)
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"

    return check


FOCUSED_TEXT = """() => {
    const el = document.activeElement;
    return el ? (el.innerText || el.value || el.getAttribute("aria-label") || "") : "";
}"""


def tab_to(page, name, max_tabs=120):
    """Press Tab until the focused element's accessible text contains `name`: proves it is keyboard reachable."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        text = page.evaluate(FOCUSED_TEXT)
        if name in text:
            return
    raise AssertionError(f"Could not reach {name!r} with the keyboard")


@pytest.fixture(autouse=True)
def _short_timeouts(request):
    if "page" in request.fixturenames:
        page = request.getfixturevalue("page")
        page.set_default_timeout(10_000)
        page.goto = goto_past_the_pages_own_redirect(page, page.goto)


def goto_past_the_pages_own_redirect(page, goto):
    """`page.goto` that loads its address even when the page it leaves navigates at the same moment.

    A test that changes a team session in the database and then opens the presenter again races the page
    still open: its status poll sees the new stage and follows the server's `HX-Redirect`, which cancels the
    test's navigation (`net::ERR_ABORTED`). That navigation is the product working; the test then waits for
    it to finish and opens its address once more. Any other failure, or a second abort, is raised.
    """

    def goto_once_more_after_an_abort(url, **kwargs):
        try:
            return goto(url, **kwargs)
        except PlaywrightError as error:
            if "net::ERR_ABORTED" not in str(error):
                raise
            page.wait_for_load_state("load")
            return goto(url, **kwargs)

    return goto_once_more_after_an_abort


FOCUSED_IS = "(selector) => document.activeElement && document.activeElement.matches(selector)"
FOCUSED_LABEL = """() => {
    const el = document.activeElement;
    const label = el && el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    if (!label) return "";
    const text = label.cloneNode(true);  // a team session's option starts with its letter ("A"): not the text
    text.querySelectorAll(".lk-options__letter").forEach((letter) => letter.remove());
    return text.textContent.trim();
}"""


def tab_to_selector(page, selector, max_tabs=120):
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_IS, selector):
            return
    raise AssertionError(f"Could not reach {selector!r} with the keyboard")


def choose_by_keyboard(page, label):
    """Tab into the answer options and pick the one with this label: arrows for radios, space for checkboxes."""
    tab_to_selector(page, "input[name=choice]")
    radio = page.evaluate("() => document.activeElement.type === 'radio'")
    for _ in range(12):
        if page.evaluate(FOCUSED_LABEL) == label:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown" if radio else "Tab")
    raise AssertionError(f"No answer option {label!r} reachable by keyboard")


def log_in(page, live_server, email, password="correct-horse-battery"):
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


@pytest.fixture(autouse=True)
def _no_csp_violations(request):
    """Fail a browser test when the page broke the Content Security Policy (the browser says so in the console)."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    violations = []

    def collect(message):
        # axe-core, injected by the tests, sets inline styles while it measures contrast; the site runs no
        # script of its own, so a style-src report can only come from the test tool. Everything else counts.
        if "Content Security Policy" in message.text and "'style-src" not in message.text:
            violations.append(message.text)

    page.on("console", collect)
    yield
    assert violations == []


@pytest.fixture
def facilitator(transactional_db):
    """A facilitator (may run team sessions), for the browser tests of the presenter and the phones."""
    from django.contrib.auth.models import Permission

    from accounts.factories import UserFactory

    user = UserFactory(email="fleur@example.org", full_name="Fleur Begeleider")
    user.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
    return user


def demo_quiz():
    """A quiz "Alle demovragen" of every demo question, the longest ones included, in the first demo module.

    Loads the demo's question bank and that one module (with the home page, catalogue and site settings it
    sits under), not the rest of the demo (the other modules, pages, briefings and accounts: 4 s more, for
    every presenter test). What the slides show comes from these: the questions and the module's title.
    """
    import io

    from django.db import transaction

    from demo_content.curriculum import modules
    from demo_content.management.commands.load_demo import Command, ensure_tree_roots
    from quizzes.factories import QuizPageFactory

    command = Command(stdout=io.StringIO())
    command.verbosity = 0
    with transaction.atomic():
        ensure_tree_roots()
        audiences = command.load_audiences()
        home = command.load_home()
        command.load_settings(home)
        course = command.load_module(command.load_catalogue(home), modules.MODULES[0], audiences, 0)
        questions = sorted(command.load_questions(audiences).values(), key=lambda question: question.pk)
    return QuizPageFactory(parent=course, slug="alle-demovragen", title="Alle demovragen", questions=questions)
