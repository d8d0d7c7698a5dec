"""A tour of every page type on the demo content, as the four kinds of visitor see it.

Shared by the reflow tests (`tests/e2e/test_reflow.py`) and `make screenshots` (`tests/screenshots/pages.py`): each
tour is a generator that drives a Playwright page to the next page type and yields its name, so the caller
can measure or photograph it at every width without loading it again. The paths are the demo's
(`demo_content`), with the log-ins `load_demo` makes; the password is the one given to `load_demo` through
`DEMO_PASSWORD`.
"""

import re

WIDTHS = (320, 390, 1366)
PHONE_HEIGHT = 844

MODULE = "/modules/mensenhandel-herkennen-sociaal-domein/"
LESSON = MODULE + "signalen-in-gesprekken/"
QUIZ = MODULE + "toets/"

LEARNER = "learner@example.org"
FACILITATOR = "begeleider@example.org"

# What a person sees: the page may not be wider than the window, and no text may sit (partly) outside it.
# Text inside a box that scrolls sideways on purpose (a wide table) counts as reachable; text that is hidden
# for screen readers only, or folded away, has no box and is skipped.
MEASURE = """() => {
    const viewport = document.documentElement.clientWidth;
    const clipped = [];
    const scrollsSideways = (el) => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
            const overflow = getComputedStyle(node).overflowX;
            if (overflow === "auto" || overflow === "scroll") return true;
        }
        return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent.trim()) continue;
        const el = text.parentElement;
        if (!el || el.closest(".lk-visually-hidden, .utrecht-skip-link, script, style, noscript")) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const box of range.getClientRects()) {
            if (box.width < 1 || box.height < 1) continue;
            if ((box.right > viewport + 1 || box.left < -1) && !scrollsSideways(el)) {
                clipped.push(`${el.tagName.toLowerCase()}.${el.className}: "${text.textContent.trim().slice(0, 50)}"`);
                break;
            }
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, viewport, clipped: clipped.slice(0, 10)};
}"""


# Text a person reads on a phone: every visible piece of text at least this many CSS px (body text and controls,
# and small labels such as tags and badges too: none of them needs to be smaller). Checked below MIN_TEXT_BELOW px.
MIN_TEXT_PX = 16
MIN_TEXT_BELOW = 1000
SMALL_TEXT = """(minimum) => {
    const small = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent.trim()) continue;
        const el = text.parentElement;
        if (!el || el.closest(".lk-visually-hidden, .utrecht-skip-link, script, style, noscript")) continue;
        const box = el.getBoundingClientRect();
        if (box.width < 1 || box.height < 1) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size >= minimum - 0.01) continue;
        small.set(`${el.tagName.toLowerCase()}.${el.className} ${size} px`, text.textContent.trim().slice(0, 40));
    }
    return [...small].slice(0, 10).map(([where, text]) => `${where}: "${text}"`);
}"""


def small_text_problems(page, minimum=MIN_TEXT_PX):
    """Visible text smaller than `minimum` CSS px on the current page, as sentences; empty when all is readable."""
    width = page.evaluate("window.innerWidth")
    return [f"{page.url} at {width} px: text below {minimum} px: {item}" for item in page.evaluate(SMALL_TEXT, minimum)]


def measure(page):
    """{'scrollWidth', 'viewport', 'clipped': [up to 10 descriptions of text outside the window]} in CSS px."""
    page.wait_for_load_state()
    return page.evaluate(MEASURE)


def reflow_problems(page):
    """The reflow failures of the current page at its current width, as sentences; empty when it fits."""
    result = measure(page)
    problems = []
    if result["scrollWidth"] > result["viewport"]:
        problems.append(f"{page.url} is {result['scrollWidth']} px wide in a {result['viewport']} px window")
    where = f"{page.url} at {result['viewport']} px"
    problems += [f"{where}: text outside the window: {item}" for item in result["clipped"]]
    return problems


def log_in(page, base_url, email, password):
    page.goto(base_url + "/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"^(?!.*/account/login/).*$"))


def visit(page, base_url, path):
    page.goto(base_url + path)


def anonymous(page, base_url, password=None):
    """Public pages, forms with their errors, and the error pages, for someone who is not logged in."""
    for name, path in [
        ("home", "/"),
        ("modules", "/modules/"),
        ("module", MODULE),
        ("lesson", LESSON),
        ("what-to-do", "/wat-te-doen-bij-signalen/"),
        ("privacy", "/privacyverklaring/"),
        ("accessibility-statement", "/toegankelijkheidsverklaring/"),
        ("team-visit", "/teambezoek-aanvragen/"),
        ("briefings", "/bijeenkomsten/"),
        ("verify", "/verifieer/"),
        ("verify-unknown", "/verifieer/ABCD-EFGH/"),
        ("join-lookup", "/doe-mee/"),
        ("login", "/account/login/"),
        ("password-reset", "/account/password/reset/"),
        ("not-found", "/bestaat-niet/"),
        ("signup", "/account/signup/"),
    ]:
        visit(page, base_url, path)
        yield name
    page.get_by_role("button", name="Account maken").last.click()
    yield "signup-errors"


def learner(page, base_url, password):
    """The learner's own pages and a quiz from first question to result, with an empty submit on the way."""
    log_in(page, base_url, LEARNER, password)
    for name, path in [
        ("dashboard", "/mijn/"),
        ("profile", "/mijn/profiel/"),
        ("delete-account", "/mijn/account-verwijderen/"),
        ("email", "/account/email/"),
        ("password-change", "/account/password/change/"),
        ("module-learner", MODULE),
        ("lesson-learner", LESSON),
        ("quiz", QUIZ),
    ]:
        visit(page, base_url, path)
        yield name
    # Whichever the quiz page offers (a new attempt, or the open one): `or_` waits for either to show.
    start = page.get_by_role("button", name=re.compile("Start de toets|Probeer het opnieuw"))
    start.or_(page.get_by_role("link", name="Ga verder met de toets")).first.click()
    yield "question"
    page.get_by_role("button", name="Antwoord geven").click()
    yield "question-empty-submit"
    page.locator("input[name=choice]").first.check()
    page.get_by_role("button", name="Antwoord geven").click()
    yield "feedback"
    visit(page, base_url, "/mijn/")
    yield "dashboard-mid-quiz"
    page.go_back()
    for _ in range(40):
        result = page.get_by_role("link", name="Bekijk je resultaat")
        if result.count():
            result.click()
            break
        following = page.get_by_role("link", name="Volgende vraag")
        if following.count():
            following.click()
            continue
        page.locator("input[name=choice]").first.check()
        page.get_by_role("button", name="Antwoord geven").click()
    yield "result"
    for name, path in [("team-forbidden", "/teamsessie/"), ("admin-no-access", "/admin/")]:
        visit(page, base_url, path)
        yield name


def team_session(page, phone, base_url, password):
    """The facilitator sets up a session, a phone joins by code, the first question reaches the phone.

    Yields ("facilitator" | "phone", name): the caller measures the page of that role.
    """
    log_in(page, base_url, FACILITATOR, password)
    visit(page, base_url, "/teamsessie/")
    yield "facilitator", "team-index"
    page.get_by_label("Module").select_option(index=1)
    page.get_by_label("Naam van de groep").fill("Team mentoren, Het Baken")
    page.get_by_role("button", name="Sessie klaarzetten").click()
    page.get_by_role("heading", name="Doe mee op je telefoon").wait_for()
    code = re.search(r"\d{3} ?\d{3}", page.locator(".lk-join-code").inner_text()).group()
    yield "facilitator", "present-join"

    visit(phone, base_url, "/doe-mee/")
    phone.get_by_label("Code van de sessie").fill(code)
    phone.get_by_role("button", name="Verder").click()
    phone.get_by_role("heading", name="Meedoen", exact=True).wait_for()
    yield "phone", "phone-join"
    phone.get_by_role("button", name="Doe mee").click()
    yield "phone", "phone-join-errors"
    phone.get_by_label("Je naam in deze sessie").fill("Sam")
    phone.get_by_role("button", name="Doe mee").click()
    phone.get_by_role("heading", name="Welkom, Sam").wait_for()
    yield "phone", "phone-waiting"

    page.reload()
    page.get_by_role("button", name="Start met vraag 1").click()
    page.get_by_role("heading", name=re.compile(r"Vraag 1 van \d+")).wait_for()
    phone.reload()
    phone.get_by_role("heading", name=re.compile(r"Vraag 1 van \d+")).wait_for()
    yield "phone", "phone-question"
    phone.locator("input[name=choice]").first.check()
    phone.get_by_role("button", name="Antwoord geven").click()
    phone.get_by_text("Je antwoord is ontvangen").wait_for()
    yield "phone", "phone-answered"
