"""Team sessions under load: 50 phones answer one question at once against gunicorn with 3 workers.

Runs the load test's harness (tests/load/team_session_load.py) on SQLite and, when it answers, on PostgreSQL,
each in a fresh process (the harness sets Django up for its own database), and prints the p50 and p95
latency of the 50 concurrent answers as a ratio to one phone answering alone, measured in the same run,
and beside it what the machine's cores allow at the core time an answer cost in the burst
(tests.load.team_session_load.Result.floor).
No limits on time; a lost, duplicated or failed answer still makes it exit 1.
Run with `make bench` (python -m bench.team_sessions).
"""

import contextlib
import io
import multiprocessing
import sys

from tests.load.team_session_load import DATABASES, PHONES, WORKERS, Failure, postgres_reachable, run


def _measure(database):
    """In the child process: the harness's own progress lines are kept back unless something failed."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        try:
            result = run(database, strict=False)
        except Failure as error:
            return None, f"{output.getvalue()}{error}"
    return result, output.getvalue()


def main():
    print(f"Team sessions: {PHONES} phones answer one question at once, gunicorn with {WORKERS} workers.")
    print("Latency of the concurrent answers as a ratio to one phone alone (median of 20), same run:")
    failed = False
    spawn = multiprocessing.get_context("spawn")
    for database in DATABASES:
        if database == "postgres" and not postgres_reachable():
            print(f"  {database:9} skipped: no PostgreSQL on 127.0.0.1:5432")
            continue
        with spawn.Pool(1) as pool:
            result, output = pool.apply(_measure, (database,))
        if result is None or not result.ok:
            failed = True
            print(f"  {database:9} FAILED\n{output}")
            continue
        print(
            f"  {database:9} one phone {result.single * 1000:5.1f} ms; "
            f"p50 {result.p50 * 1000:5.0f} ms = {result.p50 / result.single:5.1f} x; "
            f"p95 {result.p95 * 1000:5.0f} ms = {result.p95 / result.single:5.1f} x "
            f"(sent within {result.spread * 1000:.0f} ms, {result.served_by} workers answered; "
            f"run {result.seconds:.0f} s)"
        )
        if result.floor:
            print(
                f"  {'':9} what {result.cores} cores allow at the burst's cost: {result.floor * 1000:5.0f} ms = "
                f"{result.floor / result.single:5.1f} x (core time per answer: alone "
                f"{result.core_alone * 1000:.1f} ms, in the burst {result.core_burst * 1000:.1f} ms, cores "
                f"{result.busy_in_burst:.0%} busy); with the phones on other cores "
                f"{result.floor_phones_elsewhere / result.single:.1f} x"
            )
        if result.server_floor:
            print(
                f"  {'':9} the server's own processes: {result.server_alone * 1000:.1f} ms of CPU per answer alone "
                f"({result.server_alone / result.single:.0%} of one phone), {result.server_burst * 1000:.1f} ms in "
                f"the burst; on {result.cores} cores that allows a p95 of about "
                f"{result.server_floor / result.single:.1f} x one phone at best"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
