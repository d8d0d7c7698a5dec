"""Run with `make bench`. Prints each measurement as a ratio to a bare Django view measured in the same run."""

import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training_site.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django

django.setup()

from django.test import Client, override_settings
from django.test.utils import setup_databases, setup_test_environment, teardown_databases

from wagtail.models import Page, Site

from accounts.factories import AudienceFactory, UserFactory
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from home.factories import HomePageFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import start_attempt

ROUNDS = int(os.environ.get("BENCH_ROUNDS", 200))


def timed(call, rounds=ROUNDS):
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def build():
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    audience = AudienceFactory(slug="sociaal-domein")
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), audiences=[audience])
    lessons = [LessonPageFactory(parent=course) for _ in range(10)]
    questions = [QuestionFactory() for _ in range(ROUNDS + 1)]
    quiz = QuizPageFactory(parent=course, questions=questions)
    return course, lessons, quiz


def main():
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        with override_settings(ROOT_URLCONF="bench.urls"):
            course, lessons, quiz = build()
            learner = UserFactory(team=None)
            client = Client()
            client.force_login(learner)
            attempt = start_attempt(learner, quiz)
            right_keys = [next(c["key"] for c in q["choices"] if c["correct"]) for q in attempt.questions]
            positions = iter(range(1, ROUNDS + 1))

            def answer():
                position = next(positions)
                response = client.post(
                    f"/toets/poging/{attempt.uuid}/vraag/{position}/", {"choice": right_keys[position - 1]}
                )
                assert response.status_code == 302, response.status_code

            bare_post = timed(lambda: client.post("/bench/bare/", {"choice": "c1"}))
            bare_page = timed(lambda: client.get("/bench/bare-page/"))
            results = {
                "answer submission (POST)": timed(answer),
                "question page (GET)": timed(lambda: client.get(f"/toets/poging/{attempt.uuid}/vraag/1/")),
                "module page (GET)": timed(lambda: client.get(course.url)),
                "lesson page (GET)": timed(lambda: client.get(lessons[3].url)),
                "dashboard (GET)": timed(lambda: client.get("/mijn/")),
            }
            from bench import certificates as certificate_bench
            from certificates.factories import CertificateFactory

            certificate = CertificateFactory(learner=learner, course=course, course_title=course.title)
            pdf_results = certificate_bench.run(client, certificate, course.url, rounds=max(ROUNDS // 10, 5))
        print(f"Median of {ROUNDS} requests each (lower is better). Yardsticks measured in the same run:")
        print(f"  bare view (POST, no template): {bare_post * 1000:.2f} ms")
        print(f"  bare page (base template):     {bare_page * 1000:.2f} ms")
        for name, value in results.items():
            base = bare_post if "POST" in name else bare_page
            kind = "bare POST view" if "POST" in name else "bare page"
            print(f"  {name:28} {value * 1000:7.2f} ms = {value / base:5.1f} x {kind}")
        print("Certificates (median, same run):")
        for name, (value, base) in pdf_results.items():
            print(f"  {name:50} {value * 1000:8.2f} ms vs {base * 1000:8.2f} ms = {value / base:6.3f} x")
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
