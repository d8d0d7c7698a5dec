"""Settings for `make screenshots`: the development settings with DEBUG off, so error pages look as in production."""

from training_site.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.screenshot_urls"
# Its own database, so not the development server's shared cache (dev.py): each process keeps its own.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
