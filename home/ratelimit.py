"""Rate limits for public look-ups, on allauth's limiter (the cache, so shared by all app servers;
client addresses honour ALLAUTH_TRUSTED_PROXY_COUNT). Kept in this one module because it uses
allauth's internal API."""

from allauth.core.internal import ratelimit


def allow(request, action, rate, dry_run=False):
    """Consume one hit of `rate` (e.g. "30/m/ip") for this action; False when the client is over it.

    With `dry_run` nothing is consumed: only whether the client is over the limit already."""
    usage = ratelimit.consume(
        request, app="leren_kijken", action=action, config={action: rate}, limit_get=True, dry_run=dry_run
    )
    return usage is not None
