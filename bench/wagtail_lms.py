"""wagtail-lms, measured the way `make bench` measures this project (`python -m bench.wagtail_lms`).

wagtail-lms is not a dependency: this script makes a throwaway virtual environment (WAGTAIL_LMS_VENV, default
/tmp/lk-bench-wagtail-lms), installs `wagtail-lms` there with pip, writes a minimal Wagtail project around it
in a temporary folder (Wagtail's usual middleware, a one-line base template as its floor), builds a course of
10 lesson pages with an enrolled learner, and times a bare view, the course page and a lesson page interleaved
with bench/measure.py. Prints one JSON line, {"course": [ratios], "lesson": [...], "queries": {...}}, which
`python -m bench` reads into its comparison table. If pip cannot install wagtail-lms, it says so and exits 2.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = Path(os.environ.get("WAGTAIL_LMS_VENV", "/tmp/lk-bench-wagtail-lms"))

SETTINGS = """
SECRET_KEY = "bench-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "lmsbench.urls"
INSTALLED_APPS = [
    "wagtail_lms", "wagtail.contrib.forms", "wagtail.contrib.redirects", "wagtail.embeds", "wagtail.sites",
    "wagtail.users", "wagtail.snippets", "wagtail.documents", "wagtail.images", "wagtail.search",
    "wagtail.admin", "wagtail", "modelcluster", "taggit", "django.contrib.admin", "django.contrib.auth",
    "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE / "templates"], "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request", "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages"]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE / "db.sqlite3"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE / "media"
WAGTAIL_SITE_NAME = "bench"
WAGTAILADMIN_BASE_URL = "http://localhost"
USE_TZ = True
"""

URLS = """
from django.http import HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls


def bare(request):
    return HttpResponse(f"ok {len(request.POST)}")


urlpatterns = [path("bench/bare/", bare), path("lms/", include("wagtail_lms.urls")), path("", include(wagtail_urls))]
"""

BASE_TEMPLATE = """{% load wagtailuserbar %}<!DOCTYPE html><html><head><title>{{ page.title }}</title></head>
<body>{% wagtailuserbar %}{% block content %}{% endblock %}</body></html>"""

RUNNER = """
import json, os, sys
sys.path.insert(0, os.environ["LMSBENCH_DIR"])
os.environ["DJANGO_SETTINGS_MODULE"] = "lmsbench.settings"
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0, interactive=False)
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage
import importlib.util
spec = importlib.util.spec_from_file_location("lk_measure", os.environ["LMSBENCH_MEASURE"])
measure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(measure)
interleaved, ratios = measure.interleaved, measure.ratios

root = Page.get_first_root_node()
home = root.get_children().first()
course = home.add_child(instance=CoursePage(title="Cursus", slug="cursus", description="<p>Over de cursus.</p>"))
body = [("paragraph", "<p>Een alinea lestekst over signalen.</p>")] * 4
lessons = [course.add_child(instance=H5PLessonPage(title=f"Les {n}", slug=f"les-{n}", intro="<p>Intro</p>",
           body=body)) for n in range(1, 11)]
Site.objects.update(hostname="testserver", port=80)
user = get_user_model().objects.create_user(username="leerling", password="x")
CourseEnrollment.objects.create(user=user, course=course)
client = Client()
client.force_login(user)
pages = {"course": course.url, "lesson": lessons[4].url}
for name, url in pages.items():
    assert client.get(url).status_code == 200, (name, client.get(url).status_code)
queries = {}
for name, url in pages.items():
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries[name] = len(captured)
targets = {"bare": lambda: client.get("/bench/bare/")}
targets |= {name: (lambda url=url: client.get(url)) for name, url in pages.items()}
rounds, repeats = int(os.environ.get("BENCH_ROUNDS", 60)), int(os.environ.get("BENCH_REPEATS", 3))
medians = interleaved(targets, rounds=rounds, repeats=repeats)
result = ratios(medians, "bare")
ms = {name: sorted(values)[len(values) // 2] * 1000 for name, values in medians.items()}
print(json.dumps({**result, "queries": queries, "ms": ms}))
"""


def ensure_venv():
    python = VENV / "bin" / "python"
    if not (
        python.exists() and subprocess.run([python, "-c", "import wagtail_lms"], capture_output=True).returncode == 0
    ):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        installed = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "wagtail-lms"], capture_output=True, text=True
        )
        if installed.returncode != 0:
            return None, installed.stderr.strip().splitlines()[-1:] or ["pip failed"]
    version = subprocess.run([python, "-m", "pip", "show", "wagtail-lms"], capture_output=True, text=True).stdout
    return python, [line for line in version.splitlines() if line.startswith("Version")]


def run():
    """The wagtail-lms ratios as a dict, or None with a reason when wagtail-lms cannot be installed here."""
    python, info = ensure_venv()
    if python is None:
        return None, f"wagtail-lms could not be installed: {' '.join(info)}"
    work = Path(tempfile.mkdtemp(prefix="lk-bench-lms-"))
    try:
        package = work / "lmsbench"
        (package / "templates").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "settings.py").write_text(f"from pathlib import Path\nBASE = Path({str(package)!r})\n{SETTINGS}")
        (package / "urls.py").write_text(URLS)
        (package / "templates" / "base.html").write_text(BASE_TEMPLATE)
        env = {**os.environ, "LMSBENCH_DIR": str(work), "LMSBENCH_MEASURE": str(HERE / "measure.py")}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        done = subprocess.run([python, "-c", RUNNER], capture_output=True, text=True, env=env, cwd=work)
        if done.returncode != 0:
            return None, f"the wagtail-lms benchmark failed: {done.stderr.strip().splitlines()[-1:]}"
        return json.loads(done.stdout.strip().splitlines()[-1]), " ".join(info)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    result, info = run()
    print(info)
    if result is None:
        sys.exit(2)
    print(json.dumps(result))
