"""A worker does not load the heavy libraries that only some requests need (docs/performance.md, Memory).

xhtml2pdf and reportlab (PDFs), openpyxl (XLSX), segno (QR codes), icalendar (calendar files) and joserfc
(signed credentials) are imported where they are used; pillow_heif (HEIC images, which the site does not
accept) never; fido2 (allauth's WebAuthn, with cryptography's Rust bindings) only when a user with an
authenticator app logs in (accounts/two_factor.py); django-ninja (Wagtail 8's API v3, not installed here) never
(training_site/api_v3.py); lxml and html5lib only for a certificate PDF, not as bs4's parsers
(training_site/html_parsers.py); Django REST framework and pydantic only for the Wagtail admin's own API
(training_site/admin_api.py). This starts Django in a
fresh process, builds the URL tree and the hooks as a worker's first request does, then lists what got loaded.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = [
    *("xhtml2pdf", "reportlab", "openpyxl", "segno", "icalendar", "joserfc", "fido2", "pillow_heif"),
    *("ninja", "lxml", "html5lib", "rest_framework", "pydantic"),
]

PROBE = """
import json, sys
import django
django.setup()
from django.urls import get_resolver
from wagtail import hooks
get_resolver().url_patterns
hooks.get_hooks("before_serve_page")
from django.urls import reverse
reverse("healthz")  # the first reverse() populates the whole URL tree
print(json.dumps(sorted({name.split(".")[0] for name, module in sys.modules.items() if module is not None})))
"""


def test_a_worker_does_not_load_what_only_some_requests_need():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "training_site.settings.test"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert [name for name in HEAVY if name in loaded] == []


AFTER_START = """
import json
import django
django.setup()
from django.urls import get_resolver
get_resolver().url_patterns
import bs4, html5lib, lxml.etree
from wagtail.api.v3.api import api
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models.reference_index import ReferenceIndex
from wagtail.signals import page_slug_changed
from wagtail.snippets.models import get_snippet_models
print(json.dumps({
    "api": type(api).__name__,
    "parsed": bs4.BeautifulSoup("<p>Signalen</p>", "html.parser").get_text(),
    "lxml": lxml.etree.fromstring("<a>b</a>").text,
    "html5lib": html5lib.parse("<p>c</p>", namespaceHTMLElements=False).find(".//p").text,
    "indexed": [ReferenceIndex.is_indexed(model) for model in (Image, Document)],
    "redirect_on_slug_change": any("redirects" in repr(receiver) for receiver in page_slug_changed.receivers),
    "snippets": sorted(model._meta.label for model in get_snippet_models())[:1],
}))
"""


def test_wagtail_apps_start_fully_and_the_skipped_libraries_still_import():
    """Wagtail's own ready() still runs (reference index, redirect signals, snippets) around the dropped API v3
    registrations; afterwards the real API v3, lxml and html5lib import normally (the PDFs need the last two)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "training_site.settings.test"}
    done = subprocess.run(
        [sys.executable, "-c", AFTER_START], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["api"] == "NinjaAPI"
    assert (seen["parsed"], seen["lxml"], seen["html5lib"]) == ("Signalen", "b", "c")
    assert seen["indexed"] == [True, True]
    assert seen["redirect_on_slug_change"] is True
    assert seen["snippets"] != []
