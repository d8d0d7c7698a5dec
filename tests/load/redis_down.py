"""Fault test (`make fault-test`): with Redis down, gunicorn on the production settings still serves the site.

Against gunicorn with 3 workers, the production settings and PostgreSQL, with REDIS_URL pointing at a port
where nothing listens (Redis has stopped):

1. The home page, the module list, a module, log-in, sign-up, the certificate look-up and a certificate's
   page, the team join pages, and for a signed-in learner the dashboard, a lesson and the quiz: 200 each,
   and fast (no page waits for Redis).
2. /healthz answers 503 and names the cache.
3. Log-in and sign-up fail closed: a log-in attempt gets a 503 with a message (failed attempts cannot be
   counted). Reading fails open: certificate look-ups beyond the limit are still answered.
4. The server log holds no traceback.

Run: python -m tests.load.redis_down (exits 1 on any failure). Not collected by pytest.
"""

import re
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from tests.load.team_session_load import (
    PG_SERVER,
    WORKERS,
    Browser,
    Failure,
    _postgres,
    expect,
    free_port,
    fresh_postgres_database,
    log_tail,
    login_cookies,
    postgres_reachable,
    say,
    server_env,
    setup_django,
    start_server,
    stop_server,
)

PG_DATABASE = "leren_kijken_redis_down"
SLOWEST_PAGE = 2.0  # seconds; a page that waited for Redis's connect timeout on every call would exceed it


def dead_port():
    """A local port nobody listens on (bound and released), so connecting is refused at once."""
    return free_port()


def build():
    """Home → Modules → a module with a lesson and a quiz; a learner with a certificate; a team session."""
    from django.utils import timezone

    from wagtail.models import Locale, Page, Site

    from accounts.factories import AudienceFactory, UserFactory
    from certificates.models import Certificate
    from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
    from home.factories import HomePageFactory
    from quizzes.factories import QuestionFactory, QuizPageFactory
    from team_sessions.services import start_session

    Locale.objects.get_or_create(language_code="nl")
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    audience = AudienceFactory(name="Sociaal domein", slug="sociaal-domein")
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Signalen (storingstest)", audiences=[audience])
    lesson = LessonPageFactory(parent=course, title="Signalen herkennen")
    quiz = QuizPageFactory(parent=course, questions=[QuestionFactory(title="Situatie 1")])
    learner = UserFactory(full_name="Noor Storingstest", team=audience)
    certificate = Certificate.objects.create(
        learner=learner,
        full_name=learner.full_name,
        email=learner.email,
        course_title=course.title,
        valid_until=timezone.localdate() + timedelta(days=700),
    )
    session = start_session(UserFactory(full_name="Fleur Begeleider"), quiz, "Storingstest")
    public = [
        home.url,
        index.url,
        course.url,
        "/account/login/",
        "/account/signup/",
        "/verifieer/",
        f"/verifieer/{certificate.code}/",
        "/doe-mee/",
        f"/doe-mee/{session.code}/",
    ]
    personal = ["/mijn/", lesson.url, quiz.url]
    return learner, public, personal


def timed(browser, method, path, fields=None):
    started = time.perf_counter()
    response = browser.request(method, path, fields)
    return response, time.perf_counter() - started


def run():
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="lk-redis-down-"))
    log_path = workdir / "gunicorn.log"
    port = free_port()
    env = {
        **server_env("postgres", workdir, port),
        "DATABASE_URL": f"{PG_SERVER}/{PG_DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:{dead_port()}/0",
        "VERIFY_RATE_LIMIT": "2/m/ip",
    }
    server = None
    say(f"== fault test: Redis down (gunicorn with {WORKERS} workers, PostgreSQL, REDIS_URL={env['REDIS_URL']})")
    try:
        expect(postgres_reachable(), f"PostgreSQL does not answer on {PG_SERVER}")
        fresh_postgres_database(PG_DATABASE)
        setup_django(env)
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        learner, public, personal = build()

        server = start_server(env, port, log_path)
        deadline = time.monotonic() + 60
        while True:
            expect(server.poll() is None, f"gunicorn stopped at start:\n{log_tail(log_path)}")
            try:
                health = Browser(port).request("GET", "/healthz")
                break
            except OSError:
                expect(time.monotonic() < deadline, "gunicorn did not start within 60 s")
                time.sleep(0.2)
        expect(health.status == 503 and '"cache": "error' in health.text, f"/healthz: {health.status} {health.text}")
        say(f"  /healthz: {health.status} {health.text}")

        slowest = 0.0
        anonymous = Browser(port)
        signed_in = Browser(port, login_cookies(learner))
        for browser, paths in ((anonymous, public), (signed_in, personal)):
            for path in paths:
                response, seconds = timed(browser, "GET", path)
                expect(response.status == 200, f"GET {path}: {response.status} {response.text[:300]}")
                slowest = max(slowest, seconds)
        say(f"  {len(public) + len(personal)} pages answered 200; slowest {slowest * 1000:.0f} ms")
        expect(slowest < SLOWEST_PAGE, f"a page took {slowest:.1f} s: it waited for Redis")

        login = Browser(port)
        login.request("GET", "/account/login/")
        refused = login.request("POST", "/account/login/", {"login": learner.email, "password": "wat-dan-ook"})
        expect(
            refused.status == 503 and "Inloggen en aanmelden lukken op dit moment niet" in refused.text,
            f"log-in while Redis is down: {refused.status} {refused.text[:300]}",
        )
        say("  log-in fails closed: 503 with a message")
        look_ups = [anonymous.request("GET", f"/verifieer/AAAA{n}/").status for n in range(4)]
        expect(look_ups == [404] * 4, f"certificate look-ups over the limit: {look_ups}")
        say("  certificate look-ups fail open: 4 answered with a limit of 2 per minute")

        log = log_path.read_text(errors="replace")
        expect("Traceback" not in log, f"the server log has a traceback:\n{log_tail(log_path, 60)}")
        expect(not re.search(r" 500 ", log), "a request got a 500")
    except Failure:
        say(f"  --- gunicorn log (last lines)\n{log_tail(log_path)}")
        raise
    finally:
        stop_server(server)
        from django.apps import apps

        if apps.ready:
            from django.db import connections

            connections.close_all()
        try:
            _postgres(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        except Exception as error:  # noqa: BLE001 - cleaning up must not hide what failed
            say(f"  (could not drop {PG_DATABASE}: {error})")
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)
    say(f"OK: Redis-down fault test in {time.perf_counter() - started:.1f} s")


def main():
    try:
        run()
    except Failure as error:
        say(f"FAILED: Redis-down fault test: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
