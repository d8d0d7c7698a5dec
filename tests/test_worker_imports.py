"""A worker does not load the heavy libraries that only some requests need (docs/performance.md, Memory).

xhtml2pdf and reportlab (PDFs), openpyxl (XLSX), segno (QR codes), icalendar (calendar files) and joserfc
(signed credentials) are imported where they are used; pillow_heif (HEIC images, which the site does not
accept) never; fido2 (allauth's WebAuthn, with cryptography's Rust bindings) only when a user with an
authenticator app logs in (accounts/two_factor.py). This starts Django in a
fresh process, builds the URL tree and the hooks as a worker's first request does, then lists what got loaded.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ["xhtml2pdf", "reportlab", "openpyxl", "segno", "icalendar", "joserfc", "fido2", "pillow_heif"]

PROBE = """
import json, sys
import django
django.setup()
from django.urls import get_resolver
from wagtail import hooks
get_resolver().url_patterns
hooks.get_hooks("before_serve_page")
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
