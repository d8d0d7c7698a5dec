"""Local development: DEBUG on, mail to the console, SQLite unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-change-me")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *ALLOWED_HOSTS]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
# Links in e-mail and the QR code on certificates point to the address `make run` serves (PORT), unless set.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
# The immediate task backend logs two lines per task (hundreds while loading the demo); warnings still show.
LOGGING["loggers"] = {"django_tasks": {"level": "WARNING"}}  # noqa: F405
# A cache every process shares (the server, `manage.py shell`, `load_demo`, `publish_scheduled`), as Redis is in
# production: the cached module lists, site and roles are cleared by whichever process changes the content.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": BASE_DIR / "tmp" / "dev-cache",  # noqa: F405
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
