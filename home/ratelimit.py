"""Rate limits for public look-ups, on allauth's limiter (the cache, so shared by all app servers).

Client addresses: `client_ip()` believes `X-Forwarded-For` only when the request comes from an address
in TRUSTED_PROXY_ADDRESSES (the nginx in front of gunicorn); with none configured the header is ignored,
so nobody can pick a new address per request by sending the header. allauth's own limits (log-in, sign-up) use the same
function through the account adapter. Kept in this one module because it uses allauth's internal API.
"""

import ipaddress

from django.conf import settings

from allauth.core.internal import ratelimit

from .cache import cache_available


def _address(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _is_trusted_proxy(address):
    return address is not None and any(
        address in ipaddress.ip_network(network, strict=False) for network in settings.TRUSTED_PROXY_ADDRESSES
    )


def client_ip(request):
    """The client's address as a string: REMOTE_ADDR, or the forwarded address a trusted proxy saw.

    Only when REMOTE_ADDR is a trusted proxy, and ALLAUTH_TRUSTED_PROXY_COUNT proxies each append the
    address they saw to X-Forwarded-For (nginx: `$proxy_add_x_forwarded_for`), the entry that many places
    from the right is the client. Entries further left were written by the client and are never believed.
    A header that is missing, too short or not an address gives REMOTE_ADDR. Source: docs/deployment.md.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.ALLAUTH_TRUSTED_PROXY_COUNT
    if hops < 1 or not _is_trusted_proxy(_address(remote)):
        return remote
    entries = request.headers.get("X-Forwarded-For", "").split(",")
    if len(entries) < hops:
        return remote
    address = _address(entries[-hops])
    return str(address) if address is not None else remote


def allow(request, action, rate, dry_run=False, when_cache_down=True):
    """Consume one hit of `rate` (e.g. "30/m/ip") for this action; False when the client is over it.

    With `dry_run` nothing is consumed: only whether the client is over the limit already. While the
    cache (Redis) is down no hit can be counted, and the answer is `when_cache_down`: True (open) for
    reading, such as looking up a certificate; a caller that must fail closed passes False and should
    check `cache_available()` to tell the visitor why. allauth's own limits (log-in, sign-up) fail closed.
    """
    if not cache_available():
        return when_cache_down
    usage = ratelimit.consume(
        request, app="leren_kijken", action=action, config={action: rate}, limit_get=True, dry_run=dry_run
    )
    if usage is None and not cache_available():
        return when_cache_down
    return usage is not None
