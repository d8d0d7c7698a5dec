"""Load Wagtail's admin API (Django REST framework and pydantic) on its first use, not in every worker.

The Wagtail admin's page explorer, choosers and images/documents listings fetch JSON from `/admin/api/main/...`,
served by Django REST framework views whose site filter (`wagtail.api.validators`) is a pydantic model. Three
things loaded all of that when a worker started, though a learner's request never reaches that API (about 10 MiB
per gunicorn worker; `python -m bench.import_memory`):

1. `wagtail.admin.urls` imports `wagtail.admin.api.urls`, which builds the API's router and views at once.
2. The `wagtail_hooks` of `wagtail.documents` and `wagtail.images` import their admin API view sets at the top,
   only to hand them to the router in their `construct_admin_api` hook.
3. Django's first `reverse()` populates every nested URL resolver, so a URLconf imported lazily by name would
   still be imported by the first link any page renders (`LazyResolver` below).

`deferred()` wraps the import of `wagtail.admin.urls` (`training_site/urls.py`), which is also where Wagtail
first loads every app's `wagtail_hooks`. While it runs, `wagtail.admin.api.urls` is a placeholder whose one URL
pattern (`main/`, namespace `wagtailadmin_api`) imports the real API from `training_site.admin_api_urls` on the
first request under it or the first `reverse("wagtailadmin_api:...")` (every admin page does one), and the two
view set modules are placeholders too. Before the real router runs the `construct_admin_api` hooks, an earlier
hook of ours puts the real view sets into the two `wagtail_hooks` modules, so Wagtail's own hooks register the
real classes. Afterwards the placeholders leave `sys.modules`, so any other import gets the real modules.

Nothing is deferred for a module that was already imported for real. If a Wagtail upgrade imports anything
else from these modules, start-up fails with an ImportError naming it. `tests/test_worker_imports.py` checks
that a worker starts without `rest_framework` and `pydantic`, and `tests/test_admin_api.py` that the admin's
API still lists pages, documents and images.
"""

import sys
from contextlib import contextmanager
from importlib import import_module

from django.urls import URLResolver
from django.urls.resolvers import RoutePattern

from wagtail import hooks

from .module_placeholders import placeholders

API_URLS = "wagtail.admin.api.urls"
LAZY_API_URLS = "training_site.admin_api_urls"
NAMESPACE = "wagtailadmin_api"  # wagtail/admin/api/urls.py: WagtailAPIRouter("wagtailadmin_api")

# View set module -> (the wagtail_hooks module that imports it, the class it imports).
VIEWSETS = {
    "wagtail.documents.api.admin.views": ("wagtail.documents.wagtail_hooks", "DocumentsAdminAPIViewSet"),
    "wagtail.images.api.admin.views": ("wagtail.images.wagtail_hooks", "ImagesAdminAPIViewSet"),
}


class NotLoaded:
    """Stands in for an admin API view set until the API is built; using it before then is a bug."""

    def __init__(self, module, name):
        self.module, self.name = module, name

    def __repr__(self):
        return f"<{self.module}.{self.name}, not loaded yet (training_site.admin_api)>"


class LazyResolver(URLResolver):
    """Django's URLResolver for a URLconf given by module name, loaded only when something asks it for a URL.

    Django imports such a URLconf on first use, but two walks over the whole URL tree would use it at once:
    `wagtail.admin.urls` wraps every included view in its decorators when it is imported (here the resolver has
    no patterns while `deferred()` runs; `training_site.admin_api_urls` applies the same decorators itself),
    and Django's first `reverse()` populates every nested resolver (`URLResolver._populate`), though a namespaced
    one like this is only recorded by its namespace. So `_populate()` waits until this resolver itself is asked
    to resolve or reverse a URL: a request under `/admin/api/main/` or a `reverse("wagtailadmin_api:...")`.
    """

    deferring = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.wanted = False

    @property
    def url_patterns(self):
        """The URLconf's patterns (Django's own `url_patterns`), or `[]` while `deferred()` runs."""
        if LazyResolver.deferring:
            return []
        self.wanted = True
        return URLResolver.url_patterns.func(self)

    def _populate(self):
        if self.wanted:
            super()._populate()

    # What Django's reverse() and resolve() ask of a resolver: each loads and populates this one first.

    @property
    def reverse_dict(self):
        self.wanted = True
        return super().reverse_dict

    @property
    def namespace_dict(self):
        self.wanted = True
        return super().namespace_dict

    @property
    def app_dict(self):
        self.wanted = True
        return super().app_dict

    def _is_callback(self, name):
        self.wanted = True
        return super()._is_callback(name)

    def _reverse_with_prefix(self, lookup_view, _prefix, *args, **kwargs):
        self.wanted = True
        return super()._reverse_with_prefix(lookup_view, _prefix, *args, **kwargs)


def _lazy_api_urls():
    """The placeholder of `wagtail.admin.api.urls`: the same `main/` pattern and namespace, its views imported
    from `training_site.admin_api_urls` on first use."""
    lazy = LazyResolver(
        RoutePattern("main/", is_endpoint=False), LAZY_API_URLS, app_name=NAMESPACE, namespace=NAMESPACE
    )
    return {"urlpatterns": [lazy]}


def load_viewsets(router=None):
    """Put the real admin API view sets into the `wagtail_hooks` modules that hold placeholders.

    Registered as a `construct_admin_api` hook with order -1 while anything is deferred, so it runs before
    Wagtail's own hooks of that name, which register the view sets with `router` (unused here).
    """
    for module_name, (hooks_module, class_name) in VIEWSETS.items():
        holder = sys.modules.get(hooks_module)
        if holder is not None and isinstance(getattr(holder, class_name, None), NotLoaded):
            setattr(holder, class_name, getattr(import_module(module_name), class_name))


@contextmanager
def deferred():
    """While the block runs, the admin API's URLs and view set modules are the placeholders described above.

    Only modules not imported yet are replaced; the `construct_admin_api` hook that loads the real view sets is
    registered once, when a view set is deferred.
    """
    modules = {API_URLS: _lazy_api_urls()}
    for module_name, (hooks_module, class_name) in VIEWSETS.items():
        if hooks_module not in sys.modules:  # else it holds the real view set already
            modules[module_name] = {class_name: NotLoaded(module_name, class_name)}
    why = "A placeholder until the admin API is first used (training_site.admin_api)."
    with placeholders(modules, why) as placed:
        if placed & set(VIEWSETS):
            hooks.register("construct_admin_api", load_viewsets, order=-1)
        LazyResolver.deferring = True
        try:
            yield
        finally:
            LazyResolver.deferring = False
