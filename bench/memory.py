"""Memory of one gunicorn worker (`python -m bench.memory`, part of `make bench`): RSS after boot, and after a
learner has logged in with the log-in form and opened every page type (home, modules, module, lesson, quiz
question, feedback, result, dashboard) a few times, and (not in the target) after a coordinator then opened the
admin's dashboard, explorer, page editor and API in the same worker. Production settings on a temporary
database: SQLite, or with `--database postgres` PostgreSQL as in production (its driver, psycopg, is 8 MiB of
the worker; `make bench` measures both). Redis as in the load test (LOAD_REDIS_URL). The worker runs in a
throwaway virtual environment that holds exactly `requirements.lock`, as a production server does (built once per
lock file in /tmp/lk-bench-production-venv-*), so no development tool is counted. The target is 110 MiB per
worker (docs/performance.md); heavy libraries that only some requests need (xhtml2pdf, reportlab, openpyxl, segno,
icalendar, the Wagtail admin's API) are imported where they are used.
"""

import hashlib
import subprocess
import sys
import time

from tests.load import team_session_load as harness

TARGET_MIB = 110
PASSWORD = "correct-horse-battery"  # accounts.factories.UserFactory


def rss_mib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def production_python():
    """The Python of a virtual environment with exactly `requirements.lock` installed (hash-checked), built on
    first use and kept for later runs of the same lock file. Returns `(path, None)`, or `(sys.executable, why)`
    when pip cannot build it (the worker then runs with the development packages, and the output says so)."""
    lock = harness.ROOT / "requirements.lock"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()[:12]
    venv = harness.Path(f"/tmp/lk-bench-production-venv-{digest}")
    python = venv / "bin" / "python"
    done = venv / ".installed"
    if not done.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True)
        installed = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", lock], capture_output=True, text=True
        )
        if installed.returncode != 0:
            return sys.executable, (installed.stderr.strip().splitlines() or ["pip failed"])[-1]
        done.touch()
    return python, None


def worker_pid(master_pid):
    children = open(f"/proc/{master_pid}/task/{master_pid}/children").read().split()
    return int(children[0]) if children else None


def build():
    """One module with lessons and a quiz; a learner part-way through it, with a finished attempt elsewhere."""
    from wagtail.models import Locale, Page, Site

    from accounts.factories import AudienceFactory, UserFactory
    from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
    from courses.services import complete_lesson
    from home.factories import HomePageFactory
    from quizzes.factories import QuestionFactory, QuizPageFactory
    from quizzes.services import answer_question, start_attempt

    Locale.objects.get_or_create(language_code="nl")
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    audience = AudienceFactory(slug="sociaal-domein")
    index = CourseIndexPageFactory(parent=home)
    learner = UserFactory(team=audience)
    modules = []
    for _ in range(2):
        course = CoursePageFactory(parent=index, audiences=[audience])
        lessons = [LessonPageFactory(parent=course) for _ in range(5)]
        quiz = QuizPageFactory(parent=course, questions=[QuestionFactory() for _ in range(3)])
        modules.append((course, lessons, quiz))
    complete_lesson(learner, modules[0][1][0])

    def right(attempt, position):
        return next(c["key"] for c in attempt.questions[position - 1]["choices"] if c["correct"])

    attempt = start_attempt(learner, modules[0][2])
    answer_question(attempt, 1, {"choice": right(attempt, 1)})
    finished = start_attempt(learner, modules[1][2])
    for position in range(1, 4):
        answer_question(finished, position, {"choice": right(finished, position)})
    course, lessons, _ = modules[0]
    coordinator = UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True)
    admin_pages = [
        "/admin/",
        f"/admin/pages/{course.id}/",
        f"/admin/pages/{lessons[0].id}/edit/",
        "/admin/api/main/pages/?child_of=root&for_explorer=1",
    ]
    pages = [
        home.url,
        index.url,
        course.url,
        lessons[2].url,
        f"/toets/poging/{attempt.uuid}/vraag/2/",
        f"/toets/poging/{attempt.uuid}/vraag/1/",
        f"/toets/poging/{finished.uuid}/resultaat/",
        "/mijn/",
    ]
    return learner, pages, coordinator, admin_pages


def run(database="sqlite"):
    """Start one worker on `database` ("sqlite" or "postgres"), warm it, print its RSS; returns the RSS after
    every page (MiB). Raises harness.Failure when PostgreSQL does not answer or a page is not a 200."""
    workdir = harness.Path(harness.tempfile.mkdtemp(prefix="lk-memory-"))
    log_path = workdir / "gunicorn.log"
    port = harness.free_port()
    env = harness.server_env(database, workdir, port)
    server = None
    try:
        if database == "postgres":
            harness.expect(harness.postgres_reachable(), f"PostgreSQL does not answer on {harness.PG_SERVER}")
            harness._postgres(
                f"DROP DATABASE IF EXISTS {harness.PG_DATABASE} WITH (FORCE)", f"CREATE DATABASE {harness.PG_DATABASE}"
            )
        harness.setup_django(env)
        harness.prepare_database()
        learner, pages, coordinator, admin_pages = build()
        browser = harness.Browser(port)
        command_env = {**env}
        python, why_not = production_python()
        server = harness.subprocess.Popen(
            [python, "-m", "gunicorn", "training_site.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{port}"],
            cwd=harness.ROOT,
            env={**harness.os.environ, **command_env},
            stdout=open(log_path, "wb"),
            stderr=harness.subprocess.STDOUT,
            start_new_session=True,
        )
        harness.wait_until_up(server, port, log_path)
        time.sleep(1)
        pid = worker_pid(server.pid)
        booted = rss_mib(pid)
        # A real log-in: allauth's login stages run (accounts/two_factor.py keeps WebAuthn out of a learner's).
        harness.expect(browser.request("GET", "/account/login/").status == 200, "log-in form")
        response = browser.request("POST", "/account/login/", {"login": learner.email, "password": PASSWORD})
        harness.expect(response.status == 302, f"log-in: {response.status}\n{harness.log_tail(log_path)}")
        for _ in range(3):
            for url in pages:
                response = browser.request("GET", url)
                harness.expect(response.status == 200, f"{url}: {response.status}\n{harness.log_tail(log_path)}")
        warmed = rss_mib(pid)
        # The same worker then serves the coordinator's admin (not in the target: the admin's code, its API
        # included, loads where it is used; production serves both from every worker).
        admin = harness.Browser(port)
        harness.expect(admin.request("GET", "/account/login/").status == 200, "log-in form (coordinator)")
        response = admin.request("POST", "/account/login/", {"login": coordinator.email, "password": PASSWORD})
        harness.expect(response.status == 302, f"coordinator log-in: {response.status}")
        for url in admin_pages:
            response = admin.request("GET", url)
            harness.expect(response.status == 200, f"{url}: {response.status}\n{harness.log_tail(log_path)}")
        with_admin = rss_mib(pid)
        installed = "requirements.lock only" if why_not is None else f"the development .venv: {why_not}"
        name = {"sqlite": "SQLite", "postgres": "PostgreSQL"}[database]
        print(f"One gunicorn worker (production settings, {name}, {installed}), RSS:")
        print(f"  after boot (and /healthz):           {booted:6.1f} MiB")
        print(f"  after log-in and every learner page: {warmed:6.1f} MiB   (target {TARGET_MIB} MiB)")
        print(f"  and after the coordinator's admin:   {with_admin:6.1f} MiB   (dashboard, explorer, editor, API)")
        return warmed
    finally:
        harness.stop_server(server)
        harness.cleanup(database, workdir)


if __name__ == "__main__":
    database = sys.argv[sys.argv.index("--database") + 1] if "--database" in sys.argv else "sqlite"
    if database == "postgres" and not harness.postgres_reachable():
        print(f"One gunicorn worker on PostgreSQL: skipped, no PostgreSQL on {harness.PG_SERVER}")
    else:
        run(database)
