"""Page serving in a fixed, small number of queries, whatever the depth of the page tree.

Wagtail, left alone, spends on every page request: one query for the site, two for its root page, two per
level of the tree to find the page, and two to look for view restrictions; templates then add one for the
site settings. Here those facts come from the cache (shared by every worker, Redis in production) and the
page itself from two queries:

- `SiteCacheMiddleware` gives the request its `Site` (with its root page) from the cache when it is first asked
  for, so `Site.find_for_request` never queries. Any save or delete of a site or of a site's root page clears it.
- `serve` finds the page by its `url_path` (one query for its id and type, one for the page itself) and
  hands the result to Wagtail's own `serve`, which then runs every hook as usual. A path that names no page
  (or a page type that routes its own sub-paths) goes through Wagtail's normal walk, so a 404 stays a 404.
- `any_view_restrictions()` is one cached yes/no: while no page is private (the usual case), page serving
  and `public_pages()` skip the restriction queries. Any change to a restriction clears it.
- `SiteSettings.for_request` reads the settings from the cache too (see `home.models`).
"""

import functools
import logging
import secrets

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache as shared_cache
from django.db import transaction
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.url_routing import RouteResult

logger = logging.getLogger(__name__)

GENERATION = ":generation"
SITES_KEY = "lk:routing:sites"
RESTRICTIONS_KEY = "lk:routing:any-view-restriction"
SETTINGS_KEY = "lk:routing:site-settings:{site_id}"
MAX_CACHED_HOSTS = 50
MISSING = object()


class _TolerantCache:
    """The shared cache, where a failure (Redis down) counts as a miss: pages are then served from the database,
    as /healthz reports the cache broken, instead of failing."""

    def get(self, key, default=None):
        try:
            return shared_cache.get(key, default)
        except Exception:
            logger.warning("cache unavailable for %s", key, exc_info=True)
            return default

    def set(self, key, value, timeout=None):
        try:
            shared_cache.set(key, value, timeout)
        except Exception:
            logger.warning("cache unavailable for %s", key, exc_info=True)

    def delete(self, key):
        try:
            shared_cache.delete(key)
        except Exception:
            logger.error("could not clear %s from the cache; it may be stale", key, exc_info=True)

    # A fact read from the database and kept here can race its own invalidation: a request reads the old rows,
    # the change is saved and clears the key, then the request writes the old answer back, to stay for good.
    # So each kept fact carries the generation it was read in; clearing starts a new generation (now, and once
    # the change commits), and a value from an older generation counts as missing.

    def read(self, key, group=None):
        """(value, generation) for `key` in one round trip; value is MISSING when absent or from an older
        generation. Read the generation before the database, and pass it to `write`. Keys that one change
        makes stale together share the generation of their `group` (default: the key itself; see `forget`)."""
        generation_key = (group or key) + GENERATION
        try:
            found = shared_cache.get_many([key, generation_key])
        except Exception:
            logger.warning("cache unavailable for %s", key, exc_info=True)
            return MISSING, None
        generation = found.get(generation_key)
        if generation is None:
            generation = secrets.token_hex(8)
            self.set(generation_key, generation, None)
        entry = found.get(key)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == generation:
            return entry[1], generation
        return MISSING, generation

    def write(self, key, generation, value, timeout=None):
        """Keep `value` under `key` as read in `generation` (from `read`; None: the cache was down, keep nothing)."""
        if generation is not None:
            self.set(key, (generation, value), timeout)

    def forget(self, key):
        """Start a new generation for `key` (or for every key read with `group=key`): at once, and again when the
        current transaction commits (until then other requests still read the old rows, and would keep them
        under the new generation)."""
        self.delete(key + GENERATION)
        transaction.on_commit(lambda: self.delete(key + GENERATION))


cache = _TolerantCache()


def site_for_request(request):
    """The Wagtail `Site` for the request's host and port (Wagtail's own rules), or None; cached per host."""
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"{hostname}:{request.get_port()}"
    sites, generation = cache.read(SITES_KEY)
    sites = {} if sites is MISSING else sites
    site = sites.get(key, MISSING)
    if site is MISSING:
        try:
            site = get_site_for_hostname(hostname, request.get_port())
        except Site.DoesNotExist:
            site = None
        # Hosts come from the request (ALLOWED_HOSTS is checked later): a bounded list, so made-up host names
        # cannot grow it.
        if len(sites) < MAX_CACHED_HOSTS:
            cache.write(SITES_KEY, generation, {**sites, key: site})
    return site


def forget_sites(**kwargs):
    """Signal receiver: a site or a site's root page changed, so every cached site lookup goes."""
    cache.forget(SITES_KEY)


def forget_sites_for_page(instance=None, **kwargs):
    """Signal receiver for page saves and moves: only a site's root page matters (cheap check first)."""
    sites, _generation = cache.read(SITES_KEY)
    sites = {} if sites is MISSING else sites
    if instance is None or any(site is not None and site.root_page_id == instance.pk for site in sites.values()):
        cache.forget(SITES_KEY)


class SiteCacheMiddleware:
    """Give the request its site from the cache, so neither routing nor settings query for it; and only when
    something asks for it, so a response that never needs the site (a phone's answer or poll, the redirect after
    a form, /healthz) costs no cache read and no unpickling of the site and its root page.

    Wagtail's `Site.find_for_request` keeps the site on the request as `_wagtail_site`, looked up with
    `hasattr` and found by querying when absent. The request here becomes an instance of a subclass of its own
    class (`_with_cached_site`) where that attribute is a cached property: read once from `site_for_request` at
    the first `hasattr`, then kept on the request like the value Wagtail would store."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.__class__ = _with_cached_site(type(request))
        return self.get_response(request)


def _cached_site(request):
    return site_for_request(request)


@functools.cache
def _with_cached_site(request_class):
    """A subclass of `request_class` (WSGIRequest, ASGIRequest) whose `_wagtail_site` is `site_for_request`'s
    answer, computed at first use: the same name, module and behaviour otherwise. One class per request class."""
    namespace = {"_wagtail_site": cached_property(_cached_site)}
    namespace["__module__"] = request_class.__module__
    namespace["__qualname__"] = request_class.__qualname__
    return type(request_class.__name__, (request_class,), namespace)


def any_view_restrictions():
    """True when at least one page is private (password, log-in or group restriction); cached."""
    value, generation = cache.read(RESTRICTIONS_KEY)
    if value is MISSING:
        value = PageViewRestriction.objects.exists()
        cache.write(RESTRICTIONS_KEY, generation, value)
    return value


def settings_for_site(model, site):
    """The site settings `model` instance of `site` (created on first use), from the cache."""
    key = SETTINGS_KEY.format(site_id=site.pk)
    instance, generation = cache.read(key)
    if instance is MISSING:
        instance = model.for_site(site)
        cache.write(key, generation, instance)
    return instance


def forget_site_settings(instance=None, **kwargs):
    """Signal receiver: the site settings of one site were saved or deleted."""
    cache.forget(SETTINGS_KEY.format(site_id=instance.site_id))


def forget_view_restrictions(**kwargs):
    """Signal receiver: a view restriction was added, changed or removed."""
    cache.forget(RESTRICTIONS_KEY)


def public_pages(queryset):
    """`queryset.public()`, without its restriction query while no page is private."""
    return queryset.public() if any_view_restrictions() else queryset


def accepts(page, request):
    """Whether `request` may see `page` as Wagtail serves it: every view restriction on the page or an
    ancestor accepts it (signed in, in one of the groups, or the password given earlier in this session;
    Wagtail's `BaseViewRestriction.accept_request`). No query while no page is private.

    For the views that act on a page outside Wagtail's serving (start a module, finish a lesson, start a
    quiz): a learner who can see the page can use its buttons, and nobody else can.
    """
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def outside_groups(page, request):
    """Whether a signed-in user is kept out of `page` by a restriction to groups they are not in. Wagtail
    would send them to log in, and after logging in back to the page, in a loop; `home.wagtail_hooks` shows
    them a "not for you" page instead. No query, and the account is not loaded, while no page is private."""
    groups = [r for r in page.get_view_restrictions() if r.restriction_type == PageViewRestriction.GROUPS]
    return bool(groups) and request.user.is_authenticated and not all(r.accept_request(request) for r in groups)


def serve_like_page(page, request, respond):
    """`respond()` (an HttpResponse about `page`, such as its PDF) when `request` may see `page`; otherwise
    what serving the page itself answers: the log-in redirect, the password form that returns here, or the
    "not for you" page for a signed-in user outside its groups.

    Runs Wagtail's `before_serve_page` hooks and its `on_serve_page` chain
    (`wagtail.wagtail_hooks.check_view_restrictions`) as `wagtail.views.serve` does, so the rules and their
    responses are the page's own, and responses about a private page are not cached by browsers.
    """

    def chain(page, request, args, kwargs):
        return respond()

    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        chain = wrap(chain)
    for before in hooks.get_hooks("before_serve_page"):
        result = before(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, [], {})


class ViewRestrictionsMixin:
    """For page models: no restriction queries while no page in the site is private (see the module)."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def route(request, path):
    """The `RouteResult` for `path` under the request's site in two queries, or None to let Wagtail walk.

    Only for page types that keep Wagtail's own `route` (none here route sub-paths); the page must be live,
    as Wagtail's walk requires of the page it serves.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    components = [component for component in path.split("/") if component]
    url_path = root.url_path + "".join(f"{component}/" for component in components)
    row = (
        Page.objects.filter(url_path=url_path, path__startswith=root.path)
        .values_list("pk", "content_type_id", "live")
        .first()
    )
    if row is None or not row[2]:
        return None
    model = ContentType.objects.get_for_id(row[1]).model_class()
    if model is None or model.route is not Page.route:
        return None
    page = model.objects.filter(pk=row[0]).first()
    return RouteResult(page) if page is not None else None


def serve(request, path):
    """Wagtail's `serve` view, with the page found by `route` first (see the module docstring)."""
    from wagtail.views import serve as wagtail_serve

    if not hasattr(request, "_wagtail_route_for_request"):
        result = route(request, path)
        if result is not None:
            request._wagtail_route_for_request = result
    return wagtail_serve(request, path)
