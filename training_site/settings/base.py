"""Settings shared by every environment. Safe by default: DEBUG off, secrets from the environment."""

import json
import os
import sys
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from training_site import html_parsers
from training_site.storage_settings import media_origin, media_storages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

INSTALLED_APPS = [
    "accounts",
    "home",
    "courses",
    "quizzes",
    "certificates",
    "briefings",
    "team_sessions",
    "reports",
    "demo_content",
    "wagtail.contrib.forms",
    "training_site.apps.RedirectsConfig",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersAppConfig",
    "training_site.apps.SnippetsConfig",
    "training_site.apps.DocumentsConfig",
    "training_site.apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "training_site.apps.SiteStaticFilesConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "accounts.middleware.ContentSecurityPolicyMiddleware",
    "home.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.routing.SiteCacheMiddleware",
    "home.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "home.middleware.RejectNulBytesMiddleware",
    "home.middleware.MethodNotAllowedPageMiddleware",
    "home.middleware.PersonalPagesNoStoreMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "training_site.urls"
WSGI_APPLICATION = "training_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.roles",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
# WAL + IMMEDIATE transactions make concurrent writers wait for the lock instead of failing.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def database_from_env(default_sqlite_path):
    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": default_sqlite_path,
        "OPTIONS": SQLITE_OPTIONS,
    }


DATABASES = {"default": database_from_env(BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

LOGIN_URL = "account_login"
# The admin's own log-in address sends visitors on to allauth's log-in and shows a logged-in learner "no access"
# (home.views.admin_login): pointing Wagtail straight at allauth made an endless loop for them.
WAGTAILADMIN_LOGIN_URL = "/admin/login/"
LOGIN_REDIRECT_URL = "courses:dashboard"

# django-allauth: e-mail is the login, verification is mandatory.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
# One spelling per address (accounts/emails.py): case, NFKC and invisible characters never make a second account.
ACCOUNT_FORMS = {
    "login": "accounts.allauth_forms.LoginForm",
    "signup": "accounts.allauth_forms.SignupForm",
    "add_email": "accounts.allauth_forms.AddEmailForm",
    "reset_password": "accounts.allauth_forms.ResetPasswordForm",
}
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Leren Kijken] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")
ACCOUNT_PREVENT_ENUMERATION = True
# Client addresses for rate limits (home.ratelimit.client_ip, also used by allauth through the account
# adapter): X-Forwarded-For is believed only from these proxy addresses (IPs or networks, e.g. "127.0.0.1"
# for nginx on the same machine), and then only its entry ALLAUTH_TRUSTED_PROXY_COUNT places from the right
# (1: one nginx). Empty means no proxy: the header is ignored.
TRUSTED_PROXY_ADDRESSES = env_list("TRUSTED_PROXY_ADDRESSES")
ALLAUTH_TRUSTED_PROXY_COUNT = int(
    os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT") or (1 if TRUSTED_PROXY_ADDRESSES else 0)
)

# Single sign-on for municipalities through OpenID Connect. OIDC_PROVIDERS is a JSON list, one entry per
# identity provider, e.g. [{"provider_id": "almere", "name": "Gemeente Almere", "client_id": "...",
# "secret": "...", "settings": {"server_url": "https://login.example.org/.well-known/openid-configuration",
# "organisation": "Gemeente Almere", "email_domains": ["almere.nl"]}}] (docs/deployment.md).
# The sign-up form is always shown after the first SSO log-in, so it still asks organisation and team;
# an existing account is never taken over by e-mail address alone.
SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": json.loads(os.environ.get("OIDC_PROVIDERS") or "[]")}}
SOCIALACCOUNT_ADAPTER = "accounts.adapter.SocialAccountAdapter"
SOCIALACCOUNT_FORMS = {"signup": "accounts.sso.SocialSignupForm"}
SOCIALACCOUNT_AUTO_SIGNUP = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "mandatory"
# A fresh log-in at the identity provider counts as reauthentication (accounts.sso), beside allauth's own.
ACCOUNT_REAUTHENTICATION_METHODS = ["password", "code", "mfa", "socialaccount"]

# Two-factor log-in (allauth.mfa): an authenticator app (TOTP) with recovery codes. Required for everyone
# who can open the Wagtail admin when REQUIRE_STAFF_MFA is on (production default; off for the demo).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Leren Kijken"
REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", False)

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale_overrides", BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/utrecht-css", BASE_DIR / "node_modules/@utrecht/component-library-css/dist"),
    ("vendor/utrecht-tokens", BASE_DIR / "node_modules/@utrecht/design-tokens/dist"),
    ("vendor/htmx", BASE_DIR / "node_modules/htmx.org/dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files that must never be served as plain media (certificate PDFs): only views that check who asks
# read them. In production point PRIVATE_MEDIA_ROOT at a folder the web server does not serve.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
# Uploads and certificate PDFs: local folders, or S3-compatible buckets with MEDIA_STORAGE=s3.
STORAGES = {
    **media_storages(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Leren Kijken <noreply@lerenkijken.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Uploads above this size go to disk instead of memory; Wagtail limits images separately.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

WAGTAIL_SITE_NAME = "Leren Kijken"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "training_site.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "mp4", "webm", "vtt", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# HEIC/HEIF is not among them, so Willow's HEIF plugin (pillow_heif, installed through Wagtail's requirement
# `Willow[heif]`) would only cost every worker 5 MiB (docs/performance.md, Memory). `None` in sys.modules makes
# its import fail the way Willow expects when the plugin is not installed (willow/plugins/pillow.py); a file
# that is HEIC inside, whatever its name, is then refused as "not a valid image".
sys.modules.setdefault("pillow_heif", None)
# bs4 without the lxml and html5lib tree builders: Wagtail parses with "html.parser" only (5 MiB per worker).
html_parsers.load_bs4()
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Pages and document collections can be private for signed-in users or for groups, never behind a shared
# password (Wagtail reads the key "SHARED_PASSWORD"; tests/test_private_modules.py checks the admin's form).
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# A private page sends a visitor to the site's one log-in (allauth's: confirmed address, rate limits, staff
# two-factor), not to Wagtail's own form at /_util/login/, which checks none of that (see training_site/urls.py).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# The password form of a page or document collection made private with a password before that option was
# switched off.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("nl", "Nederlands")]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
# The log-in address changes on the site's e-mail page (allauth), which confirms the new address first.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# Nothing at run time goes off-site: no Gravatar (it would receive the MD5 of every listed user's e-mail
# address), no update check against releases.wagtail.org, no "what's new" banner linking out.
# tests/e2e/test_no_offsite_requests.py crawls the admin and fails on any request to another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No oEmbed look-ups from the server either (no block or rich-text feature offers embeds; videos come from
# the document library).
WAGTAILEMBEDS_FINDERS = []

# Content Security Policy: our own pages run no inline script at all (a nonce is there for the day one
# is needed) and load nothing from elsewhere. The Wagtail admin, for staff only, keeps Wagtail's own needs.
# Uploaded images and videos may come from the media bucket (MEDIA_STORAGE=s3).
MEDIA_ORIGINS = [origin] if (origin := media_origin(os.environ)) else []
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        # accounts.middleware adds the configured identity providers' authorisation endpoints.
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Certificates and briefings
# Validity in calendar years: issued on 29 February, valid until 28 February. The old setting in days,
# CERTIFICATE_VALIDITY_DAYS, is still read when the new one is not set, rounded to whole years (730 -> 2).
if "CERTIFICATE_VALIDITY_YEARS" not in os.environ and os.environ.get("CERTIFICATE_VALIDITY_DAYS"):
    CERTIFICATE_VALIDITY_YEARS = max(1, round(int(os.environ["CERTIFICATE_VALIDITY_DAYS"]) / 365.25))
else:
    CERTIFICATE_VALIDITY_YEARS = int(os.environ.get("CERTIFICATE_VALIDITY_YEARS", 2))
CERTIFICATE_REMINDER_DAYS = 30
CERTIFICATE_FONT_DIR = BASE_DIR / "certificates" / "fonts"
# TrueType fonts tried after the bundled DejaVu Sans for characters it lacks (Chinese, Japanese, Korean),
# separated by ":"; Debian's fonts-droid-fallback, installed by `make install` and CI.
CERTIFICATE_FALLBACK_FONTS = [
    path
    for path in os.environ.get(
        "CERTIFICATE_FALLBACK_FONTS", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
    ).split(":")
    if path
]
# Public verification look-ups per client address.
VERIFY_RATE_LIMIT = os.environ.get("VERIFY_RATE_LIMIT", "30/m/ip")
# Open Badges 3.0 credentials beside every certificate (docs/credentials.md). The keys are a JSON object of
# key id → base64url Ed25519 seed; the last one signs, all stay published. Empty: a key derived from
# SECRET_KEY (development and tests only; production refuses to start without keys while this is on).
CREDENTIALS_ENABLED = env_bool("CREDENTIALS_ENABLED", True)
CREDENTIAL_SIGNING_KEYS = os.environ.get("CREDENTIAL_SIGNING_KEYS", "")
# Team sessions: seats per session, wrong join codes per client, days to keep data of participants
# without an account after the session.
TEAM_SESSION_CAPACITY = int(os.environ.get("TEAM_SESSION_CAPACITY", 60))
TEAM_JOIN_RATE_LIMIT = os.environ.get("TEAM_JOIN_RATE_LIMIT", "20/m/ip")
TEAM_SESSION_RETENTION_DAYS = int(os.environ.get("TEAM_SESSION_RETENTION_DAYS", 90))
# How long the link in a team-session certificate mail can add the certificate to an account.
CERTIFICATE_CLAIM_DAYS = int(os.environ.get("CERTIFICATE_CLAIM_DAYS", 180))
TEAM_VISIT_RATE_LIMIT = os.environ.get("TEAM_VISIT_RATE_LIMIT", "5/h/ip")

# Privacy: learner accounts unused for this long are deleted by `manage.py delete_inactive_accounts`.
ACCOUNT_RETENTION_DAYS = int(os.environ.get("ACCOUNT_RETENTION_DAYS", 730))
