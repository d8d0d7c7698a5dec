"""Run with `make bench`. Learner pages as ratios to a bare Django view measured in the same run.

The floor is a plain view (`bench.urls.bare`: no template, no database) through the project's whole middleware,
so a ratio shows everything a page adds, the base template included. Every page and the floor are timed
interleaved (bench/measure.py), in 3 repeats; each line prints the median ratio and the spread of the repeats,
and the queries the page makes. Uploads and PDFs go to temporary folders; the run checks that media/ and
private_media/ are left exactly as they were found.
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training_site.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django

django.setup()

from django.conf import settings
from django.db import connection
from django.template.base import Template
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext, setup_databases, setup_test_environment, teardown_databases
from django.urls import reverse

from wagtail.models import Page, Site

from accounts.factories import AudienceFactory, UserFactory
from bench.measure import interleaved, ratios, spread
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.services import complete_lesson
from home.factories import HomePageFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import answer_question, start_attempt

ROUNDS = int(os.environ.get("BENCH_ROUNDS", 60))
REPEATS = int(os.environ.get("BENCH_REPEATS", 3))
MODULES = 6
LESSONS = 10


def build():
    """Home → Modules → 6 modules of 10 lessons and a quiz; a learner part-way through the first."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    audience = AudienceFactory(slug="sociaal-domein")
    index = CourseIndexPageFactory(parent=home)
    learner = UserFactory(team=audience)
    answers_needed = ROUNDS * (REPEATS + 1) + 10
    modules = []
    for number in range(MODULES):
        course = CoursePageFactory(parent=index, audiences=[audience])
        lessons = [LessonPageFactory(parent=course) for _ in range(LESSONS)]
        count = answers_needed if number == 0 else 1
        quiz = QuizPageFactory(parent=course, questions=[QuestionFactory() for _ in range(count)])
        modules.append((course, lessons, quiz))
    course, lessons, quiz = modules[0]
    for lesson in lessons[:3]:
        complete_lesson(learner, lesson)
    attempt = start_attempt(learner, quiz)
    answer_question(attempt, 1, {"choice": right_key(attempt, 1)})
    finished = start_attempt(learner, modules[1][2])
    answer_question(finished, 1, {"choice": right_key(finished, 1)})
    return home, index, modules, learner, attempt, finished


def right_key(attempt, position):
    return next(c["key"] for c in attempt.questions[position - 1]["choices"] if c["correct"])


def files_under(*folders):
    """Every file path under the folders (a missing folder has none), to compare before and after."""
    return {path for folder in folders if Path(folder).exists() for path in Path(folder).rglob("*")}


def learner_pages(home, index, modules, attempt, finished):
    course, lessons, quiz = modules[0]
    return {
        "home (logged in)": home.url,
        "modules": index.url,
        "module": course.url,
        "lesson": lessons[4].url,
        "quiz question": reverse("quizzes:question", args=[attempt.uuid, len(attempt.questions)]),
        "feedback": reverse("quizzes:question", args=[attempt.uuid, 1]),
        "result": reverse("quizzes:result", args=[finished.uuid]),
        "dashboard": reverse("courses:dashboard"),
    }


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def main():
    real_media = (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    before = files_under(*real_media)
    django_render = Template._render
    setup_test_environment()
    # The test environment swaps in an instrumented template renderer (a signal and a copy of the context for
    # every template, for the test client's `response.context`). Production renders without it, and so does
    # the wagtail-lms bench, so pages are timed with Django's own renderer.
    Template._render = django_render
    old = setup_databases(verbosity=0, interactive=False)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="bench-media-") as media,
            tempfile.TemporaryDirectory(prefix="bench-private-") as private,
            override_settings(ROOT_URLCONF="bench.urls", MEDIA_ROOT=media, PRIVATE_MEDIA_ROOT=private),
        ):
            run()
    finally:
        teardown_databases(old, verbosity=0)
    after = files_under(*real_media)
    left = sorted(str(path) for path in after - before)
    print(f"Media folders as found: {'yes' if not left and before == after else 'NO: ' + ', '.join(left[:5])}")
    compare_with_wagtail_lms()


def compare_with_wagtail_lms():
    """wagtail-lms's course and lesson pages against its own bare view (bench/wagtail_lms.py), same run."""
    from bench import wagtail_lms

    print("wagtail-lms, measured the same way in a throwaway environment (its own bare view as floor):")
    result, info = wagtail_lms.run()
    if result is None:
        print(f"  {info}")
        return
    print(f"  {info}")
    print(f"  floor: its bare view, {result['ms']['bare']:.2f} ms")
    for name in ("course", "lesson"):
        print(f"  {name:26} {spread(result[name]):>22} {result['ms'][name]:>6.2f} ms {result['queries'][name]:>8}")


def run():
    home, index, modules, learner, attempt, finished = build()
    client = Client()
    client.force_login(learner)
    pages = learner_pages(home, index, modules, attempt, finished)
    positions = iter(range(2, len(attempt.questions)))
    keys = {position: right_key(attempt, position) for position in range(1, len(attempt.questions) + 1)}

    def answer():
        position = next(positions)
        response = client.post(f"/toets/poging/{attempt.uuid}/vraag/{position}/", {"choice": keys[position]})
        assert response.status_code == 302, response.status_code

    anonymous = Client()
    targets = {
        "bare view": lambda: client.get("/bench/bare/"),
        "bare view, anonymous": lambda: anonymous.get("/bench/bare/"),
    }
    targets |= {name: (lambda url=url: client.get(url)) for name, url in pages.items()}
    targets["bare view (POST)"] = lambda: client.post("/bench/bare/", {"choice": "c1"})
    targets["answer submission (POST)"] = answer
    for name, url in pages.items():
        assert client.get(url).status_code == 200, name
    queries = {name: query_count(client, url) for name, url in pages.items()}
    medians = interleaved(targets, rounds=ROUNDS, repeats=REPEATS)
    get_ratios = ratios({k: v for k, v in medians.items() if "POST" not in k and "anonymous" not in k}, "bare view")
    post_ratios = ratios({k: v for k, v in medians.items() if "POST" in k}, "bare view (POST)")
    ms = {name: sorted(values)[len(values) // 2] * 1000 for name, values in medians.items()}
    floor_ms = ms["bare view"]
    print(f"CPU time per request, {REPEATS} repeats of {ROUNDS} interleaved rounds; median ratio (spread of repeats).")
    print(
        f"Floor: a bare Django view through the project's middleware, {floor_ms:.2f} ms for the learner, "
        f"{ms['bare view, anonymous']:.2f} ms anonymous."
    )
    print(f"  {'page':26} {'x bare view':>22} {'CPU':>9} {'queries':>8}")
    for name, values in get_ratios.items():
        print(f"  {name:26} {spread(values):>22} {ms[name]:>6.2f} ms {queries[name]:>8}")
    for name, values in post_ratios.items():
        print(f"  {name:26} {spread(values):>22}   (x bare POST)")

    from bench import certificates as certificate_bench
    from certificates.factories import CertificateFactory

    course = modules[0][0]
    certificate = CertificateFactory(learner=learner, course=course, course_title=course.title)
    pdf_results = certificate_bench.run(client, certificate, course.url, rounds=max(ROUNDS // 6, 5))
    print("Certificates (median, same run):")
    for name, (value, base) in pdf_results.items():
        print(f"  {name:50} {value * 1000:8.2f} ms vs {base * 1000:8.2f} ms = {value / base:6.3f} x")


if __name__ == "__main__":
    main()
