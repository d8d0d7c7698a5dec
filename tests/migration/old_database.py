"""A database made before "one domain per app" keeps every learner record after `migrate` (run in CI).

1. Export the release before the change (`BEFORE`, a commit of this repository) into a temporary folder.
2. With that release's code: migrate an empty database, load the demo, and make learner records
   (`seed_old_database.py`: a passed attempt with its certificate, a briefing registration, a team session
   with participants, answers and a participant certificate).
3. Count the rows of every table that holds learner records, then migrate with the current code.
4. Check with the current code: the same rows, now read through the moved models (briefings,
   team_sessions, accounts.Audience); the permissions moved with their models; every attempt names its module.

Usage: python -m tests.migration.old_database [--database sqlite|postgres]. Exits non-zero on a difference.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
# The last commit before briefings, team sessions and teams moved to apps of their own.
BEFORE = "e0e7515"
TABLES = [
    "quizzes_attempt",
    "quizzes_answer",
    "quizzes_answerpick",
    "certificates_certificate",
    "certificates_briefingsession",
    "certificates_registration",
    "quizzes_teamsession",
    "quizzes_participant",
    "quizzes_sessionanswer",
    "courses_audience",
    "courses_enrolment",
    "courses_lessoncompletion",
    "accounts_user",
]
POSTGRES = "postgres://postgres@127.0.0.1:5432/{name}"

COUNT_SCRIPT = """
import json
from django.db import connection
with connection.cursor() as cursor:
    counts = {}
    for table in %r:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        counts[table] = cursor.fetchone()[0]
print("COUNTS=" + json.dumps(counts))
"""

CHECK_SCRIPT = """
import json
from django.contrib.auth.models import Group
from accounts.models import Audience
from briefings.models import BriefingSession, Registration
from certificates.models import Certificate
from quizzes.models import Attempt
from team_sessions.models import Participant, SessionAnswer, TeamSession
facilitators = Group.objects.get(name="Begeleiders")
coordinators = Group.objects.get(name="Coördinatoren")
print("CHECK=" + json.dumps({
    "quizzes_attempt": Attempt.objects.count(),
    "certificates_certificate": Certificate.objects.count(),
    "certificates_briefingsession": BriefingSession.objects.count(),
    "certificates_registration": Registration.objects.count(),
    "quizzes_teamsession": TeamSession.objects.count(),
    "quizzes_participant": Participant.objects.count(),
    "quizzes_sessionanswer": SessionAnswer.objects.count(),
    "courses_audience": Audience.objects.count(),
    "participant_certificates": Certificate.objects.filter(participant__isnull=False).count(),
    "attempts_without_module": Attempt.objects.filter(course__isnull=True).count(),
    "facilitators_may_start": sorted(
        f"{p.content_type.app_label}.{p.codename}" for p in facilitators.permissions.all()
    ),
    "coordinators_briefings": coordinators.permissions.filter(content_type__app_label="briefings").count(),
    "coordinators_left_behind": coordinators.permissions.filter(
        content_type__app_label="certificates", content_type__model__in=["briefingsession", "registration"]
    ).count(),
}))
"""


def manage(tree, env, *args, stdin=None):
    result = subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=tree,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"manage.py {' '.join(args)} failed in {tree}")
    return result.stdout


def parse(output, prefix):
    line = next(line for line in output.splitlines() if line.startswith(prefix))
    return json.loads(line.removeprefix(prefix))


def database_url(kind, folder):
    if kind == "sqlite":
        return f"sqlite:///{folder}/old.sqlite3"
    name = "leren_kijken_old_database"
    admin = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"]
    subprocess.run([*admin, f"DROP DATABASE IF EXISTS {name}"], check=True)
    subprocess.run([*admin, f"CREATE DATABASE {name}"], check=True)
    return POSTGRES.format(name=name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old_tree = Path(folder) / "before"
        old_tree.mkdir()
        archive = subprocess.run(["git", "archive", BEFORE], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old_tree)], input=archive, check=True)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "training_site.settings.dev",
            "DATABASE_URL": database_url(options.database, folder),
            "DEMO_PASSWORD": "migration-test-only",
            "MEDIA_ROOT": str(Path(folder) / "media"),
            "PRIVATE_MEDIA_ROOT": str(Path(folder) / "private_media"),
        }
        manage(old_tree, env, "migrate", "--noinput", "--verbosity", "0")
        manage(old_tree, env, "load_demo", "--verbosity", "0")
        seed = (Path(__file__).with_name("seed_old_database.py")).read_text()
        manage(old_tree, env, "shell", stdin=seed)
        before = parse(manage(old_tree, env, "shell", stdin=COUNT_SCRIPT % TABLES), "COUNTS=")

        manage(ROOT, env, "migrate", "--noinput", "--verbosity", "0")
        after = parse(manage(ROOT, env, "shell", stdin=COUNT_SCRIPT % TABLES), "COUNTS=")
        check = parse(manage(ROOT, env, "shell", stdin=CHECK_SCRIPT), "CHECK=")

    problems = []
    if before != after:
        problems.append(f"row counts changed: before {before}, after {after}")
    for table in ("quizzes_attempt", "certificates_certificate", "certificates_registration", "quizzes_participant"):
        if before[table] == 0:
            problems.append(f"the seed made no rows in {table}")
        if check[table] != before[table]:
            problems.append(f"{table}: {before[table]} rows before, {check[table]} through the new models")
    if check["participant_certificates"] < 1:
        problems.append("the team session's certificate lost its participant")
    if check["attempts_without_module"]:
        problems.append(f"{check['attempts_without_module']} attempts name no module")
    if "team_sessions.add_teamsession" not in check["facilitators_may_start"]:
        problems.append(f"facilitators lost their right to start a team session: {check['facilitators_may_start']}")
    if check["coordinators_briefings"] == 0 or check["coordinators_left_behind"]:
        problems.append("the coordinators' briefing permissions did not move to the briefings app")
    print(f"{options.database}: before {before}")
    print(f"{options.database}: after  {after}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print(f"{options.database}: every learner record kept ({sum(before.values())} rows in {len(TABLES)} tables).")


if __name__ == "__main__":
    main()
