from django.core.cache import cache
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from .cache import cache_available
from .errors import NotFound


@never_cache
def healthz(request):
    """For load balancers: 200 when the database and the cache answer, 503 otherwise."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception as error:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = f"error: {error.__class__.__name__}"
    try:
        cache.set("healthz", "ok", 10)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "error: no round trip"
    except Exception as error:  # noqa: BLE001
        checks["cache"] = f"error: {error.__class__.__name__}"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)


def too_many_requests(request, exception=None):
    """allauth's answer when a rate limit refuses (log-in, sign-up, password reset): 429 with a message.

    While the cache (Redis) is down no attempt can be counted, so these limits fail closed: 503 with a
    message to try again in a few minutes (docs/deployment.md, "When Redis is down")."""
    if not cache_available():
        return render(request, "429.html", {"cache_down": True}, status=503)
    return render(request, "429.html", status=429)


def bad_request(request, exception=None):
    """400 in the site's layout. Rendered without the request: a bad Host header would fail again in the
    context processors that look up the site, and the page needs nothing personal."""
    return HttpResponseBadRequest(loader.get_template("400.html").render())


def admin_forbidden(request, message):
    """403 for an admin user on an admin screen of a role they do not hold (a contact person opening the question
    bank check): the reason in the admin's own layout with a way back to the dashboard, where a bare
    HttpResponseForbidden showed one line of unstyled text. The status stays 403 (Wagtail's own
    `permission_denied` redirects with a message instead, which an export link or a bookmark would hide)."""
    return render(request, "wagtailadmin/no_permission.html", {"message": message}, status=403)


@requires_csrf_token
def page_not_found(request, exception=None):
    """handler404: the site's 404 page. A `home.errors.NotFound` adds its message and a link back to where the
    person came from (a quiz, a team session, a certificate); any other 404 shows only the general links."""
    context = {}
    if isinstance(exception, NotFound):
        context = {"message": exception.message, "back_url": exception.back_url, "back_label": exception.back_label}
    return render(request, "404.html", context, status=404)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent from an expired or other page, explained in the site's words (403)."""
    return render(request, "403_csrf.html", status=403)


@never_cache
def not_in_group(request):
    """403 for a signed-in user who opens a page meant for groups they are not in (`home.wagtail_hooks`)."""
    return render(request, "home/not_in_group.html", status=403)


def frontend_login(request):
    """Wagtail's front-end log-in address (`wagtailcore_login`, which Wagtail reverses for private pages):
    any request, GET or POST, goes on to the site's one log-in page with the same query (the `next` page).
    Nobody logs in here, so allauth's rules (confirmed address, rate limits, staff two-factor) always apply."""
    query = request.META.get("QUERY_STRING", "")
    return redirect(reverse("account_login") + (f"?{query}" if query else ""))


def admin_login(request):
    """Wagtail sends everyone without admin access to its log-in page. A visitor goes on to the one log-in
    (allauth's, which has rate limits and staff two-factor); someone already logged in who lacks access gets a
    clear "no access" page (403) instead of allauth sending them back to /admin/ in an endless loop."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        next_url = request.GET.get("next")
        return redirect(next_url if url_has_allowed_host_and_scheme(next_url, None) else "/admin/")
    if request.user.is_authenticated:
        return render(request, "403_admin.html", status=403)
    query = request.META.get("QUERY_STRING", "")
    return redirect(reverse("account_login") + (f"?{query}" if query else ""))
