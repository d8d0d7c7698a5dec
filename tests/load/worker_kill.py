"""Fault test (`make fault-test`): a gunicorn worker killed in the middle of a request leaves no half-written
attempt.

Against gunicorn with 3 workers and the production settings on PostgreSQL:

1. A learner has answered the first of two questions. The harness holds a row lock on the learner's
   enrolment, which the last answer's transaction updates as its final write.
2. The learner sends the last answer. Its transaction stores the answer, closes and grades the attempt,
   issues the certificate and queues the e-mail, then waits for the enrolment lock. The harness sees it
   waiting in pg_stat_activity, with writes of its own (a transaction id), and kills every worker
   with SIGKILL: the request dies mid-transaction.
3. The lock is released. PostgreSQL rolls the dead connection's transaction back. The harness checks that
   nothing of it remains: no answer to the last question, the attempt still open, no certificate, no
   queued e-mail.
4. gunicorn starts new workers; the learner sends the answer again and it is taken once: the attempt
   passes, with one certificate and one e-mail in the queue.

Run: python -m tests.load.worker_kill (exits 1 on any failure). Not collected by pytest.
"""

import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.load.team_session_load import (
    PG_DATABASE,
    PG_SERVER,
    WORKERS,
    Browser,
    Failure,
    cleanup,
    expect,
    free_port,
    fresh_postgres_database,
    log_tail,
    login_cookies,
    postgres_reachable,
    prepare_database,
    say,
    server_env,
    setup_django,
    start_server,
    stop_server,
    wait_until_up,
    worker_count,
    workers,
)


def build():
    """A module with one lesson the learner completed (so passing the quiz completes the module, and updates
    the enrolment), a two-question quiz, and a learner who answered the first question."""
    from wagtail.models import Locale, Page, Site

    from accounts.factories import AudienceFactory, UserFactory
    from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
    from courses.services import complete_lesson, enrol
    from home.factories import HomePageFactory
    from quizzes.factories import QuestionFactory, QuizPageFactory
    from quizzes.services import answer_question, start_attempt

    Locale.objects.get_or_create(language_code="nl")
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    audience = AudienceFactory(name="Sociaal domein", slug="sociaal-domein")
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home), title="Signalen (fouttest)", audiences=[audience]
    )
    quiz = QuizPageFactory(parent=course, questions=[QuestionFactory(title=f"Situatie {n}") for n in (1, 2)])
    lesson = LessonPageFactory(parent=course, title="Signalen herkennen")
    learner = UserFactory(full_name="Noor Fouttest", team=audience)
    enrolment = enrol(learner, course)
    complete_lesson(learner, lesson)
    attempt = start_attempt(learner, quiz)
    answer_question(attempt, 1, {"choice": right_key(attempt.questions[0])})
    return learner, enrolment, attempt


def right_key(question):
    return next(choice["key"] for choice in question["choices"] if choice["correct"])


def waiting_writer(connection, timeout=20):
    """The app's backend that waits for our lock after writing (it has a transaction id): its pid."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = connection.execute(
            "SELECT pid, backend_xid IS NOT NULL FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'",
            [PG_DATABASE],
        ).fetchone()
        if row:
            return row
        time.sleep(0.05)
    raise Failure("the last answer never reached the enrolment update")


def gone(connection, pid, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not connection.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
            return True
        time.sleep(0.05)
    return False


def state(learner, attempt):
    from certificates.models import Certificate
    from home.models import OutgoingEmail
    from quizzes.models import Answer, Attempt

    attempt = Attempt.objects.get(pk=attempt.pk)
    return {
        "answers": sorted(Answer.objects.filter(attempt=attempt).values_list("position", flat=True)),
        "open": attempt.submitted_at is None,
        "passed": attempt.passed,
        "certificates": Certificate.objects.filter(learner=learner).count(),
        "emails": OutgoingEmail.objects.filter(to=learner.email).count(),
    }


def run():
    import psycopg

    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="lk-fault-"))
    log_path = workdir / "gunicorn.log"
    port = free_port()
    env = server_env("postgres", workdir, port)
    server = None
    say(f"== fault test: a worker killed mid-answer (gunicorn with {WORKERS} workers, PostgreSQL)")
    try:
        expect(postgres_reachable(), f"PostgreSQL does not answer on {PG_SERVER}")
        fresh_postgres_database(PG_DATABASE)
        setup_django(env)
        prepare_database()
        learner, enrolment, attempt = build()
        question_url = f"/toets/poging/{attempt.uuid}/vraag/2/"
        key = right_key(attempt.questions[1])

        server = start_server(env, port, log_path)
        wait_until_up(server, port, log_path)
        expect(worker_count(server.pid) == WORKERS, "gunicorn did not start its workers")
        browser = Browser(port, login_cookies(learner))
        page = browser.request("GET", question_url)
        expect(page.status == 200 and "csrftoken" in browser.cookies, f"question page: {page.status}")

        with psycopg.connect(f"{PG_SERVER}/{PG_DATABASE}", autocommit=True) as watcher:
            with psycopg.connect(f"{PG_SERVER}/{PG_DATABASE}") as blocker:
                blocker.execute("SELECT 1 FROM courses_enrolment WHERE id = %s FOR UPDATE", [enrolment.pk])
                outcome = {}

                def send():
                    try:
                        outcome["response"] = browser.request("POST", question_url, {"choice": key})
                    except Exception as error:  # noqa: BLE001 - the connection dies with the worker
                        outcome["error"] = f"{error.__class__.__name__}: {error}"

                request = threading.Thread(target=send)
                request.start()
                backend, has_written = waiting_writer(watcher)
                expect(has_written, "the request waited before writing anything; the test would prove nothing")
                killed = sorted(workers(server.pid))
                for pid in killed:
                    os.kill(pid, signal.SIGKILL)
                say(f"  the last answer was written but not committed; killed workers {killed}")
                request.join(timeout=30)
                expect("error" in outcome, f"the request should have died with its worker: {outcome}")
                say(f"  the browser saw: {outcome['error']}")
                blocker.rollback()  # release the lock: the dead connection's transaction wakes up and ends
            expect(gone(watcher, backend), "PostgreSQL kept the dead worker's connection")

        after_kill = state(learner, attempt)
        say(f"  after the kill: {after_kill}")
        expect(after_kill["answers"] == [1], f"a half-written answer remained: {after_kill}")
        expect(after_kill["open"] and after_kill["passed"] is None, f"the attempt was closed: {after_kill}")
        expect(after_kill["certificates"] == 0, f"a certificate remained: {after_kill}")
        expect(after_kill["emails"] == 0, f"an e-mail was queued: {after_kill}")

        # Wait for three new workers. The killed ones stay in the process table (as zombies) until gunicorn
        # reaps them, so they are left out, or the count could read "3" with one new worker and two dead.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            running = workers(server.pid)
            if len(running) == WORKERS and not running & set(killed):
                break
            time.sleep(0.2)
        expect(
            len(running) == WORKERS and not running & set(killed),
            f"gunicorn did not replace the killed workers {killed}: it runs {sorted(running)}",
        )
        page = browser.request("GET", question_url)
        expect(page.status == 200, f"question page after the restart: {page.status}")
        again = browser.request("POST", question_url, {"choice": key})
        expect(again.status == 302, f"the answer sent again: {again.status} {again.text[:300]}")
        final = state(learner, attempt)
        say(f"  after sending it again: {final}")
        expect(
            final == {"answers": [1, 2], "open": False, "passed": True, "certificates": 1, "emails": 1},
            f"the retry was not taken exactly once: {final}",
        )
        log = log_path.read_text(errors="replace")
        expect("SIGKILL" in log, "gunicorn did not log the killed workers")
    except Failure:
        say(f"  --- gunicorn log (last lines)\n{log_tail(log_path)}")
        raise
    finally:
        stop_server(server)
        cleanup("postgres", workdir)
    say(f"OK: fault test in {time.perf_counter() - started:.1f} s")


def main():
    try:
        run()
    except Failure as error:
        say(f"FAILED: fault test: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
