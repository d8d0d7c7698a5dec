from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .cache import cache_available


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
