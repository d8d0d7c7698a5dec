"""A region-wide training day (`make region-load-test`): 20 team sessions of 50 phones each, all answering
within the same 10 seconds, against gunicorn with 3 workers and the production settings on PostgreSQL.

Reuses the harness of `team_session_load` (server, phones with their own cookies, the facilitator's session).

1. Migrate a fresh database (LOAD_PG_DATABASE, default leren_kijken_region), build one module with a quiz,
   a facilitator and 20 sessions; start gunicorn. 1,000 phones join (20 at a time), the facilitator starts
   question 1 in every session.
2. Each phone answers at its own moment, spread evenly over 10 s (1,000 answers, ~100 a second).
3. Checks: every answer is a 302 back to its phone page (0 errors); the database holds exactly 50 answers per
   session, one per participant, each with the choice its phone sent; no traceback in the server log.
   Printed: p50/p95/slowest latency, the answers per second the server kept up with, and how many PostgreSQL
   connections the 3 workers held (persistent connections: at most one per worker and the harness).

Not in CI: it needs a few minutes of two busy cores (see docs/performance.md). Exits 1 on any failure.
"""

import os
import random
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

os.environ.setdefault("LOAD_PG_DATABASE", "leren_kijken_region")

from tests.load import team_session_load as harness
from tests.load.team_session_load import Failure, expect, say

SESSIONS = 20
PHONES_PER_SESSION = 50
WINDOW = 10.0  # seconds over which the answers are spread
SENDERS = 200  # threads sending answers; more than the answers in flight at any moment


def build_region():
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import Locale, Page, Site

    from accounts.factories import AudienceFactory, UserFactory
    from courses.factories import CourseIndexPageFactory, CoursePageFactory
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
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Trainingsdag", audiences=[audience])
    quiz = QuizPageFactory(parent=course, questions=[QuestionFactory(title=f"Situatie {n}") for n in (1, 2)])
    group, _ = Group.objects.get_or_create(name="Begeleiders (load test)")
    group.permissions.add(Permission.objects.get(codename="add_teamsession"))
    facilitator = UserFactory(full_name="Fleur Begeleider")
    facilitator.groups.add(group)
    sessions = [start_session(facilitator, quiz, f"Trainingsdag sessie {n:02d}") for n in range(1, SESSIONS + 1)]
    return facilitator, sessions


def phone_page(session):
    return f"/doe-mee/{session.code}/"


def postgres_connections():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [harness.PG_DATABASE],
        )
        return cursor.fetchone()[0]


def run():
    started = time.perf_counter()
    workdir = harness.Path(harness.tempfile.mkdtemp(prefix="lk-region-"))
    log_path = workdir / "gunicorn.log"
    port = harness.free_port()
    env = harness.server_env("postgres", workdir, port)
    server = None
    problems = []
    total = SESSIONS * PHONES_PER_SESSION
    say(f"== region day: {SESSIONS} sessions x {PHONES_PER_SESSION} phones within {WINDOW:.0f} s, PostgreSQL")
    try:
        expect(harness.postgres_reachable(), f"PostgreSQL does not answer on {harness.PG_SERVER}")
        db = harness.PG_DATABASE
        harness.fresh_postgres_database(db)
        harness.setup_django(env)
        harness.prepare_database()
        facilitator_user, sessions = build_region()
        facilitator = harness.Browser(port, harness.login_cookies(facilitator_user))
        server = harness.start_server(env, port, log_path)
        harness.wait_until_up(server, port, log_path)
        say(f"  gunicorn up with {harness.worker_count(server.pid)} workers")

        joining = time.perf_counter()
        plan = [(session, n) for session in sessions for n in range(1, PHONES_PER_SESSION + 1)]
        with ThreadPoolExecutor(20) as pool:
            phones = list(pool.map(lambda item: harness.join(port, item[0].code, f"Telefoon {item[1]:02d}"), plan))
        say(f"  {len(phones)} phones joined in {time.perf_counter() - joining:.1f} s")
        for session in sessions:
            harness.press(facilitator, session, "start", 0)
        chosen = [random.choice(harness.choice_keys(session)) for session, _ in plan]

        offsets = [WINDOW * index / total for index in range(total)]
        random.shuffle(offsets)
        results = [None] * total
        begin = time.perf_counter() + 1.0

        def send(index):
            delay = begin + offsets[index] - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            session, _ = plan[index]
            results[index] = harness.answer(phones[index], session.code, chosen[index])

        with ThreadPoolExecutor(SENDERS) as pool:
            list(pool.map(send, range(total)))
        finished = max(item.done for item in results)
        seconds = [item.seconds for item in results]
        failed = [
            harness.describe(item)
            for item, (session, _) in zip(results, plan, strict=True)
            if not (
                item.response and (item.response.status, item.response.location) == (302, f"/doe-mee/{session.code}/")
            )
        ]
        if failed:
            problems.append(f"{len(failed)} answers failed: " + "; ".join(failed[:5]))
        connections = postgres_connections()
        problems += check_database(sessions, plan, chosen)
        log = log_path.read_text(errors="replace")
        if "Traceback" in log or "[ERROR]" in log:
            problems.append("the server log has an error")
        say(
            f"  {total} answers over {WINDOW:.0f} s: {total - len(failed)} got 302, errors {len(failed)}; "
            f"all answered {finished - begin:.1f} s after the first was due"
        )
        say(
            f"  latency: p50 {statistics.median(seconds) * 1000:.0f} ms, "
            f"p95 {harness.percentile(seconds, 95) * 1000:.0f} ms, slowest {max(seconds) * 1000:.0f} ms"
        )
        say(f"  PostgreSQL connections held by the server after the run: {connections} (persistent, per worker)")
    except Failure as error:
        problems.append(str(error))
        say(f"  --- gunicorn log (last lines)\n{harness.log_tail(log_path)}")
    finally:
        harness.stop_server(server)
        harness.cleanup("postgres", workdir)
    verdict = "OK" if not problems else "FAILED: " + " | ".join(problems)
    say(f"{verdict} ({time.perf_counter() - started:.0f} s)")
    return not problems


def check_database(sessions, plan, chosen):
    from team_sessions.models import SessionAnswer

    problems = []
    expected = {(session.pk, f"Telefoon {n:02d}"): [chosen[i]] for i, (session, n) in enumerate(plan)}
    rows = SessionAnswer.objects.filter(session__in=sessions).values_list(
        "session_id", "participant__display_name", "participant_id", "chosen"
    )
    recorded = {(session_id, name): choice for session_id, name, _, choice in rows}
    per_session = Counter(session_id for session_id, *_ in rows)
    participants = {participant for *_, participant, _ in rows}
    if len(rows) != len(expected) or len(participants) != len(expected):
        problems.append(f"{len(rows)} answers from {len(participants)} participants, not {len(expected)}")
    if any(count != PHONES_PER_SESSION for count in per_session.values()) or len(per_session) != SESSIONS:
        problems.append(f"answers per session: {sorted(per_session.values())}")
    if recorded != expected:
        problems.append(f"{sum(1 for key in expected if recorded.get(key) != expected[key])} answers lost or changed")
    say(f"  database: {len(rows)} answers, {PHONES_PER_SESSION} per session in {len(per_session)} sessions")
    return problems


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
