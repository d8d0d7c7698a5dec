"""Smoke test of the production setup (`make prodlike-smoke`): gunicorn with 3 workers and the task worker,
on PostgreSQL and Redis, driven through a real browser.

A new learner signs up (the confirmation mail comes through the task worker and a local SMTP sink),
passes a quiz, downloads the certificate, registers for a briefing; then a sixth failed log-in for one
account is refused, whichever worker answers, because the rate limit lives in Redis.
"""

import json
import os
import re
import sys
import time

import psycopg
from playwright.sync_api import expect, sync_playwright

BASE = os.environ.get("SMOKE_BASE", "http://127.0.0.1:8001")
MAIL_LOG = os.environ["SMOKE_MAIL_LOG"]
DSN = "postgresql://postgres@127.0.0.1:5432/leren_kijken_prodlike"
PASSWORD = "Smoke-signalen-2026!"


def say(*parts):
    sys.stdout.write(" ".join(str(part) for part in parts) + "\n")


def wait_for_mail(pattern, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(MAIL_LOG, encoding="utf-8", errors="replace") as log:
            found = re.findall(pattern, log.read())
        if found:
            return found[-1]
        time.sleep(0.5)
    raise AssertionError(f"no mail matching {pattern!r} within {timeout}s")


def questions_of(attempt_uuid):
    with psycopg.connect(DSN) as connection:
        row = connection.execute("SELECT questions FROM quizzes_attempt WHERE uuid = %s", (attempt_uuid,)).fetchone()
    return row[0] if isinstance(row[0], list) else json.loads(row[0])


def best_route(question):
    steps = {step["key"]: step for step in question["steps"]}

    def walk(key):
        best = None
        for choice in steps[key]["choices"]:
            score, route = walk(choice["next_step"]) if choice["next_step"] else (choice["end_score"], [])
            if best is None or score > best[0]:
                best = (score, [choice["text"], *route])
        return best

    return walk(question["steps"][0]["key"])[1]


def main():
    email = f"smoke-{int(time.time())}@example.org"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.set_default_timeout(20_000)
        page.goto(BASE + "/account/signup/")
        page.get_by_label("Volledige naam").fill("Smoke Test")
        page.get_by_label("E-mail").first.fill(email)
        page.get_by_label("Organisatie").select_option(label="Gemeente Lelystad")
        page.get_by_label("Team").select_option(label="Sociaal domein")
        page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
        page.get_by_label("Wachtwoord (opnieuw)").fill(PASSWORD)
        page.get_by_role("button", name="Account maken").click()
        link = wait_for_mail(r"http://127\.0\.0\.1:\d+/account/confirm-email/[^\s/]+/")
        page.goto(link)
        page.get_by_role("button", name="Bevestig").click()
        expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()
        say("signed up and confirmed:", email)

        page.goto(BASE + "/modules/mensenhandel-herkennen/toets/")
        page.get_by_role("button", name="Start de toets").click()
        attempt_uuid = re.search(r"poging/([0-9a-f-]+)/", page.url).group(1)
        for question in questions_of(attempt_uuid):
            if question["kind"] == "path":
                for text in best_route(question):
                    page.get_by_label(text, exact=True).check()
                    page.get_by_role("button", name="Antwoord geven").click()
            else:
                for choice in question["choices"]:
                    if choice["correct"]:
                        page.get_by_label(choice["text"], exact=True).check()
                page.get_by_role("button", name="Antwoord geven").click()
            page.get_by_role("link", name=re.compile("Volgende vraag|Bekijk je resultaat")).click()
        expect(page.get_by_text("Je bent geslaagd.")).to_be_visible()
        with page.expect_download() as download:
            page.get_by_role("link", name="Download je certificaat (pdf)").click()
        assert open(download.value.path(), "rb").read(4) == b"%PDF"
        wait_for_mail(r"Je[_ ]certificaat")
        say("passed; certificate downloaded and mailed")

        page.goto(BASE + "/bijeenkomsten/")
        page.get_by_role("button", name="Aanmelden").first.click()
        expect(page.get_by_text("Je bent aangemeld.")).to_be_visible()
        wait_for_mail(r"Je[_ ]bent[_ ]aangemeld")  # the subject may be MIME-encoded
        say("registered for a briefing; confirmation mailed")

        pages = []
        for _ in range(6):
            context = browser.new_context()  # a new connection each time, so different workers answer
            attempt = context.new_page()
            attempt.goto(BASE + "/account/login/")
            attempt.get_by_label("E-mail").fill(email)
            attempt.get_by_label("Wachtwoord").fill("wrong-password")
            attempt.get_by_role("button", name="Inloggen").click()
            pages.append(attempt.content())
            context.close()
        assert "Te veel inlogpogingen" not in pages[0]
        assert "Te veel inlogpogingen" in pages[-1], "the sixth failed log-in was not refused"
        say("sixth failed log-in refused across workers")
        browser.close()
    say("prodlike smoke test passed")


if __name__ == "__main__":
    sys.exit(main())
