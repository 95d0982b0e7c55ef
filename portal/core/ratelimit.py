"""Per-address limits for public forms, without a CAPTCHA service.

Addresses are kept only as keyed hashes in a cache shared by all workers, and only for the
length of the window.
"""

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

CACHE_ALIAS = "ratelimit"


def client_ip(request):
    """The visitor's address. Behind N trusted reverse proxies (TRUSTED_PROXY_COUNT), the
    address the outermost of them saw; never an address the client could write itself."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def limit_reached(request, scope, limit, window_seconds):
    """Counts this request against the address's allowance for `scope`; True when the
    address has already used `limit` requests in the current window."""
    cache = caches[CACHE_ALIAS]
    key = "rl:" + salted_hmac(scope, client_ip(request)).hexdigest()
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        # The entry expired between add and incr: this request opens a new window.
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count > limit
