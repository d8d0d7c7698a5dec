"""Keep Wagtail 8.0's API v3, which this site does not serve, out of every worker's memory.

Wagtail 8.0.1's images, documents, snippets and redirects apps register their routers with the API v3 in their
`ready()` (`from wagtail.api.v3.api import api`, then `api.add_router(...)`), whether or not `wagtail.api.v3` is
in `INSTALLED_APPS`. That import alone loads django-ninja and pydantic and builds every content type's schema:
about 11 MiB per gunicorn worker (`python -m bench.import_memory`), for an API nobody can reach here, since
`wagtail.api.v3` is not installed and its URLs are not mounted.

`registrations_dropped(app_name)` wraps one of those `ready()` calls: while it runs, the modules that `ready()`
imports for the API are placeholders that accept the registrations and drop them; afterwards the placeholders
are gone again, so anything that imports the real modules later gets them. Everything else in Wagtail's
`ready()` runs unchanged. If a Wagtail upgrade imports something else from those modules, start-up fails with
an ImportError naming it (`tests/test_worker_imports.py` starts Django the way a worker does), rather than
dropping more than this. With `wagtail.api.v3` installed nothing is dropped.
"""

import sys
from contextlib import contextmanager

from django.apps import apps

from .module_placeholders import placeholders


class _DroppedAPI:
    """Stands in for `wagtail.api.v3.api.api` (a NinjaAPI): takes routers and keeps none."""

    def add_router(self, prefix, router, **kwargs):
        """Drops the router: the API v3 is not served here."""


def _register_content_types():
    """Stands in for each app's `register_content_types()`: the API v3's schemas are not built."""


API = "wagtail.api.v3.api"

# Module name -> the names `ready()` imports from it (Wagtail 8.0.1's apps.py of each app).
_PLACEHOLDERS = {
    API: {"api": _DroppedAPI()},
    "wagtail.images.api.v3.registry": {"register_content_types": _register_content_types},
    "wagtail.images.api.v3.router": {"router": None},
    "wagtail.documents.api.v3.registry": {"register_content_types": _register_content_types},
    "wagtail.documents.api.v3.router": {"router": None},
    "wagtail.snippets.api.v3": {"register_content_types": _register_content_types},
    "wagtail.snippets.api.v3.router": {"router": None},
    "wagtail.contrib.redirects.api.v3": {"router": None},
}


@contextmanager
def registrations_dropped(app_name):
    """While the block runs, serve the API v3 modules that `app_name`'s `ready()` imports as placeholders.

    `app_name` is a Wagtail app's module name ("wagtail.images"). Nothing is replaced when `wagtail.api.v3` is
    installed or its API module was already imported for real (another app registered with it unwrapped): then
    every router is registered as Wagtail intends.
    """
    if apps.is_installed("wagtail.api.v3") or API in sys.modules:
        # The API is in use, or was imported for real already: its routers must be real too.
        yield
        return
    names = [API, *(name for name in _PLACEHOLDERS if name.startswith(app_name + "."))]
    why = "A placeholder: Wagtail's API v3 is not installed (training_site.api_v3)."
    with placeholders({name: _PLACEHOLDERS[name] for name in names}, why):
        yield
