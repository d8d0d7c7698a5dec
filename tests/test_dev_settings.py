"""The development settings follow the address `make run` serves."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dev_python(code, setup=True, **env):
    """Run `code` after django.setup() with the development settings, in a new process: its output.

    With setup=False the apps are not loaded (a few seconds less per process): enough to read a setting, which
    comes from the settings module alone.
    """
    code = f"import django; django.setup(); {code}" if setup else code
    environment = {k: v for k, v in os.environ.items() if k not in ("PORT", "WAGTAILADMIN_BASE_URL")}
    environment.update(DJANGO_SETTINGS_MODULE="training_site.settings.dev", **env)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def dev_setting(name, **env):
    return dev_python(f"from django.conf import settings; print(settings.{name})", setup=False, **env)


def test_links_follow_the_port_served():
    """PORT=8001 make run: the links in e-mail and on the certificate point to port 8001, not 8000."""
    assert dev_setting("WAGTAILADMIN_BASE_URL", PORT="8001") == "http://127.0.0.1:8001"
    assert dev_setting("WAGTAILADMIN_BASE_URL") == "http://127.0.0.1:8000"


def test_an_explicit_base_url_wins():
    """WAGTAILADMIN_BASE_URL set by hand (a tunnel, another host name) is used as it is."""
    assert dev_setting("WAGTAILADMIN_BASE_URL", PORT="8001", WAGTAILADMIN_BASE_URL="https://x.test") == "https://x.test"


def test_the_cache_is_shared_between_processes():
    """A change made by another process (`manage.py shell`, `load_demo`, `publish_scheduled`) clears what the
    development server keeps in the cache (the module lists, the site, the roles): they share one cache."""
    import uuid

    key = f"lk-test-{uuid.uuid4().hex}"
    dev_python(f"from django.core.cache import cache; cache.set({key!r}, 'gezien', 60)")
    assert (
        dev_python(f"from django.core.cache import cache; print(cache.get({key!r})); cache.delete({key!r})") == "gezien"
    )
