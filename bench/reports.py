"""Run with `make bench` (or `python -m bench.reports`). The coordinator's reports in the Wagtail admin.

Prints each report's render time as a ratio to the Wagtail admin home page measured in the same run, at
two data sizes, and each report's query count at both sizes: the count must not grow with the data.
"""

import io
import os
import statistics
import tempfile
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training_site.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django

django.setup()

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext, setup_databases, setup_test_environment, teardown_databases
from django.urls import reverse

from accounts.factories import UserFactory
from quizzes.models import Answer

REPORTS = ["reach", "modules", "items", "signals", "certificates", "briefings", "team_sessions"]
CACHED = ["items", "signals"]  # the item analysis is cached until the next answer; also timed without the cache
SIZES = [
    (int(os.environ.get("BENCH_LEARNERS_SMALL", 1_000)), int(os.environ.get("BENCH_ANSWERS_SMALL", 20_000))),
    # The second size adds learners to the first: 10,000 learners and 200,000 answers in all.
    (int(os.environ.get("BENCH_LEARNERS_LARGE", 9_000)), int(os.environ.get("BENCH_ANSWERS_LARGE", 200_000))),
]
ROUNDS = int(os.environ.get("BENCH_REPORT_ROUNDS", 7))


def timed(call, rounds=ROUNDS):
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def uncached_get(client, url):
    cache.clear()
    return get(client, url)


def query_count(client, url):
    cache.clear()  # count the computation, not a cached item analysis
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def main():
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    # The demo's images and anything else uploaded go to temporary folders, never the checkout's media/.
    with (
        tempfile.TemporaryDirectory(prefix="bench-media-") as media,
        tempfile.TemporaryDirectory(prefix="bench-private-") as private,
        override_settings(MEDIA_ROOT=media, PRIVATE_MEDIA_ROOT=private),
    ):
        measured = measure(old)
    report(measured)


def measure(old):
    try:
        call_command("load_demo", stdout=io.StringIO())
        coordinator = UserFactory(email="bench-coordinator@example.org", is_staff=True, is_superuser=True)
        client = Client()
        client.force_login(coordinator)
        home = reverse("wagtailadmin_home")
        urls = {name: reverse(f"lk_reports:{name}") for name in REPORTS}
        measured = []
        for learners, answers in SIZES:
            already = Answer.objects.count()
            call_command(
                "generate_report_data",
                learners=learners,
                answers=answers - already,
                seed=len(measured) + 1,
                stdout=io.StringIO(),
            )
            for url in [home, *urls.values()]:
                get(client, url)  # warm up: templates, caches
            home_s = timed(lambda: get(client, home))
            times = {name: timed(lambda url=url: get(client, url)) for name, url in urls.items()}
            for name in CACHED:
                times[f"{name} (uncached)"] = timed(lambda url=urls[name]: uncached_get(client, url), rounds=3)
            counts = {name: query_count(client, url) for name, url in urls.items()}
            measured.append((Answer.objects.count(), home_s, times, counts))
    finally:
        teardown_databases(old, verbosity=0)
    return measured


def report(measured):
    print(f"Reports in the Wagtail admin (median of {ROUNDS} requests; ratio to the admin home page, same run)")
    header = "".join(f"  {f'{answers} answers: ms':>22}   {'x home':>6}   {'queries':>7}" for answers, *_ in measured)
    print(f"  {'report':19}{header}")
    home_cells = "".join(f"  {home_s * 1000:22.1f}   {1:6.1f}   {'':>7}" for _, home_s, *_ in measured)
    print(f"  {'admin home':19}{home_cells}")
    for name in [*REPORTS, *(f"{name} (uncached)" for name in CACHED)]:
        cells = "".join(
            f"  {times[name] * 1000:22.1f}   {times[name] / home_s:6.1f}   {counts.get(name, ''):>7}"
            for _, home_s, times, counts in measured
        )
        print(f"  {name:19}{cells}")
    grew = [name for name in REPORTS if measured[-1][3][name] != measured[0][3][name]]
    print("Query counts constant across sizes." if not grew else f"Query count GREW for: {', '.join(grew)}")


if __name__ == "__main__":
    main()
