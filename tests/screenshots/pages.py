"""Screenshots of every page type on a 390 px phone, for a person to look at: `make screenshots`.

Loads the demo content into a fresh SQLite database in a temporary folder, serves it with runserver on a free
port, walks the tours of `tests/e2e/tour.py` (visitor, learner, facilitator and phone) in Debian's Chromium and
writes one full-page PNG per page type to `screenshots/` (git-ignored), named `<role>-<page>.png`. It also prints
every reflow problem and text below 16 px it measured at 320 and 390 px, and exits with 1 when there was one.

    python -m tests.screenshots.pages [--out screenshots] [--width 390]
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.e2e import tour

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "demo-wachtwoord-screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_demo(folder):
    """Migrate and load the demo into folder/db.sqlite3, start runserver; returns (process, base URL)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.screenshot_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DEMO_PASSWORD": PASSWORD,
        "MEDIA_ROOT": str(folder / "media"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo"], env=env, check=True, cwd=ROOT, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(60):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return server, base
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("The demo server did not start.")


def snap(page, out, role, name, width, problems):
    page.wait_for_load_state()
    for measured_width in sorted({320, width}):
        page.set_viewport_size({"width": measured_width, "height": tour.PHONE_HEIGHT})
        problems += tour.reflow_problems(page) + tour.small_text_problems(page)
    page.set_viewport_size({"width": width, "height": tour.PHONE_HEIGHT})
    path = out / f"{role}-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")  # noqa: T201 - a command-line report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--width", type=int, default=390)
    args = parser.parse_args()
    out = Path(args.out).resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        server, base = serve_demo(Path(folder))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                viewport = {"width": args.width, "height": tour.PHONE_HEIGHT}
                for role in ("anonymous", "learner"):
                    context = browser.new_context(viewport=viewport)
                    page = context.new_page()
                    for name in getattr(tour, role)(page, base, PASSWORD):
                        snap(page, out, role, name, args.width, problems)
                    context.close()
                facilitator, phone_context = (
                    browser.new_context(viewport=viewport),
                    browser.new_context(viewport=viewport),
                )
                pages = {"facilitator": facilitator.new_page(), "phone": phone_context.new_page()}
                for role, name in tour.team_session(pages["facilitator"], pages["phone"], base, PASSWORD):
                    snap(pages[role], out, role, name, args.width, problems)
                english = browser.new_context(viewport=viewport)
                english.add_cookies([{"name": "django_language", "value": "en", "url": base}])
                page = english.new_page()
                for name, path in [("home", "/"), ("lesson", tour.LESSON), ("not-found", "/bestaat-niet/")]:
                    page.goto(base + path)
                    snap(page, out, "english", name, args.width, problems)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{len(list(out.glob('*.png')))} screenshots in {out}")  # noqa: T201 - a command-line report
    for problem in problems:
        print("REFLOW:", problem)  # noqa: T201
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
