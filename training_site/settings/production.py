"""Production: everything from the environment. A missing SECRET_KEY or DATABASE_URL fails at start."""

import os

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

from certificates.keys import parse_keys

from .base import *  # noqa: F403
from .base import SQLITE_OPTIONS, env_bool, env_list

SECRET_KEY = os.environ["SECRET_KEY"]
# Links in e-mail and the QR code printed on certificates use this address, so it must be the public one.
WAGTAILADMIN_BASE_URL = os.environ["WAGTAILADMIN_BASE_URL"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A sqlite:/// URL (the load test): WAL and IMMEDIATE transactions, so concurrent writers wait, not fail.
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)

# X-Forwarded-Proto says whether the visitor came over https. Anyone can send it, so it is believed only when a
# proxy in front overwrites it on every request (nginx in docs/deployment.md): TRUSTED_PROXY_SSL_HEADER=true.
# Without a proxy the connection itself says it: gunicorn serving https, or plain http (`make prodlike`).
if env_bool("TRUSTED_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Only `make prodlike` (plain http on this machine) turns these off; check --deploy warns when they are.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Shared by every app server: the cache holds allauth's and the site's rate limits, so it may not be
# per-process memory. A missing REDIS_URL fails at start. When Redis is down pages are served without the
# cache (home.cache.FailSoftRedisCache); short timeouts keep an unreachable Redis from stalling them.
REDIS_URL = os.environ["REDIS_URL"]
CACHES = {
    "default": {
        "BACKEND": "home.cache.FailSoftRedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 587))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", True)

# A credential signed with a key derived from SECRET_KEY would stop verifying when SECRET_KEY rotates, and the
# key would sit beside every other secret: production needs its own keys (docs/credentials.md).
if CREDENTIALS_ENABLED and not CREDENTIAL_SIGNING_KEYS:  # noqa: F405
    raise ImproperlyConfigured(
        "CREDENTIAL_SIGNING_KEYS is required while CREDENTIALS_ENABLED is on: run `python -m certificates.keys` "
        "and set the printed entry as {...} (or set CREDENTIALS_ENABLED=false)."
    )
if CREDENTIAL_SIGNING_KEYS:  # noqa: F405
    parse_keys(CREDENTIAL_SIGNING_KEYS)  # noqa: F405 (a malformed key fails at start, not at the first download)
