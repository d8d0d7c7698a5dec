"""A Redis cache that an outage of Redis cannot turn into error pages.

The cache only speeds pages up (Wagtail's site lookup, report figures, rendered PDFs) and holds the rate
limits. When Redis does not answer, `FailSoftRedisCache` behaves as an empty cache that keeps nothing:
reads miss, writes are dropped, and `add` (which guards "only once": rate-limit locks, used TOTP codes)
answers False, so those fail closed. After a failure it does not try Redis again for RETRY_SECONDS, so
pages are not slowed down by a connection attempt each time; every process finds out for itself.

`cache_available()` tells the rate limits (home.ratelimit) that the cache is down, so they can fail in
the way each one states. /healthz still reports the outage with a 503. See docs/deployment.md.
"""

import logging
import time

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5


class FailSoftRedisCache(RedisCache):
    """Django's RedisCache; on a Redis error each call returns what an empty, write-nothing cache would."""

    down_until = 0.0  # time.monotonic() until which Redis is not tried again (per process)

    @property
    def available(self):
        return time.monotonic() >= self.down_until

    def _call(self, method, fallback, *args, **kwargs):
        if not self.available:
            return fallback
        try:
            return getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            if self.available:
                logger.error("Redis does not answer (%s); serving without the cache for %ss", error, RETRY_SECONDS)
            type(self).down_until = time.monotonic() + RETRY_SECONDS
            return fallback

    def add(self, key, value, *args, **kwargs):
        return self._call("add", False, key, value, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, *args, **kwargs):
        return self._call("set", None, key, value, *args, **kwargs)

    def touch(self, key, *args, **kwargs):
        return self._call("touch", False, key, *args, **kwargs)

    def delete(self, key, *args, **kwargs):
        return self._call("delete", False, key, *args, **kwargs)

    def get_many(self, keys, *args, **kwargs):
        return self._call("get_many", {}, keys, *args, **kwargs)

    def has_key(self, key, *args, **kwargs):
        return self._call("has_key", False, key, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        result = self._call("incr", None, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found (the cache is unavailable)")
        return result

    def set_many(self, data, *args, **kwargs):
        return self._call("set_many", list(data), data, *args, **kwargs)

    def delete_many(self, keys, *args, **kwargs):
        return self._call("delete_many", None, keys, *args, **kwargs)

    def clear(self):
        return self._call("clear", None)


def cache_available():
    """False while the default cache is a fail-soft Redis that has just failed; True otherwise."""
    return getattr(cache, "available", True)
