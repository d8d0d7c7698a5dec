"""Test settings: fast hashing, plain static storage, local-memory cache, immediate tasks."""

from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Static files come from the finders in tests (the live server serves them); no collectstatic needed.
# pytest-django's live server serves them only when it finds the plain app label, not our collectstatic
# config (which only adds an ignore pattern for collectstatic).
INSTALLED_APPS = [
    "django.contrib.staticfiles" if app == "training_site.apps.SiteStaticFilesConfig" else app
    for app in INSTALLED_APPS  # noqa: F405
]
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"handlers": [], "level": "WARNING"}}

# A file, not SQLite's in-memory database: the browser tests' live server answers from other threads,
# and each of them must open its own connection (as real app servers do).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import os
    import tempfile

    # One file per test process, so parallel runs (xdist workers, two checkouts) never share it.
    test_db = Path(tempfile.gettempdir()) / f"leren-kijken-test-{os.getpid()}.sqlite3"
    DATABASES["default"]["TEST"] = {"NAME": str(test_db)}  # noqa: F405
