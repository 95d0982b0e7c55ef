"""Cache settings from one address, `CACHE_URL`.

Empty (or `locmem://`): each server process keeps its own cache in memory, fine for one
process. `redis://host:6379/0` (`rediss://` for TLS, `redis://:password@host/0` with a
password): Django's Redis cache, shared by every process and server, so a change an editor
makes reaches all of them at once.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"
REDIS = "django.core.cache.backends.redis.RedisCache"


def parse_cache_url(url, key_prefix="portal"):
    """CACHES["default"] for a cache address."""
    scheme = urlsplit(url).scheme if url else "locmem"
    if scheme == "locmem":
        return {"BACKEND": LOCAL_MEMORY}
    if scheme in ("redis", "rediss"):
        try:
            # A pip extra, like the search clients: single-process installs do without.
            import redis  # noqa: F401
        except ImportError as error:
            raise ImproperlyConfigured(
                "CACHE_URL names Redis, but its client is not installed: pip install '.[redis]'"
            ) from error
        return {"BACKEND": REDIS, "LOCATION": url, "KEY_PREFIX": key_prefix}
    raise ImproperlyConfigured(
        f"CACHE_URL scheme {scheme!r} is not supported: use redis:// or rediss:// (a shared "
        "cache), or leave it empty for each process's own memory."
    )
