"""Per-address limits for public forms, without a CAPTCHA service.

Counters live in the database (RateLimitCounter), shared by all workers: one row per address
and form, counted with a single UPDATE so parallel requests cannot both take the last place,
valid for the whole window (nothing expires or evicts it earlier), and removed once its
window is over. Addresses are kept only as keyed hashes. IPv6 addresses count per /64
network, the block one household or device usually gets, so walking through it buys nothing.
"""

import datetime
import ipaddress

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.crypto import salted_hmac

from portal.core.models import RateLimitCounter


def client_ip(request):
    """The visitor's address. Behind N trusted reverse proxies (TRUSTED_PROXY_COUNT), the
    address the outermost of them saw; never an address the client could write itself, and
    the connection's own address when that part is not an address at all."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            candidate = forwarded[-proxies]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR", "")


def client_network(request):
    """The address limits count: an IPv4 address as it is, an IPv6 address as its /64
    network (written as the network's first address, so it is still an address)."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def limit_reached(request, scope, limit, window_seconds):
    """Counts this request against the address's allowance for `scope`; True when the
    address has already used `limit` requests in the current window."""
    address_hash = salted_hmac(
        f"portal.core.ratelimit:{scope}", client_network(request), algorithm="sha256"
    ).hexdigest()
    return _count(scope, address_hash, window_seconds) > limit


def _count(scope, address_hash, window_seconds):
    """This request's number in the address's current window."""
    now = timezone.now()
    window_end = now + datetime.timedelta(seconds=window_seconds)
    counter = RateLimitCounter.objects.filter(scope=scope, address_hash=address_hash)
    still_open = {"window_ends_at__gt": now}
    # One statement reads and writes the row under its lock: a parallel request waits and
    # then counts on top of this one. A finished window starts again at 1.
    count_this_request = {
        "count": Case(When(**still_open, then=F("count") + 1), default=Value(1)),
        "window_ends_at": Case(
            When(**still_open, then=F("window_ends_at")), default=Value(window_end)
        ),
    }
    with transaction.atomic():
        if not counter.update(**count_this_request):
            _remove_finished_windows(now)
            try:
                with transaction.atomic():
                    RateLimitCounter.objects.create(
                        scope=scope, address_hash=address_hash, window_ends_at=window_end, count=1
                    )
                return 1
            except IntegrityError:
                # A parallel first request created the row meanwhile: count on top of it.
                counter.update(**count_this_request)
        return counter.values_list("count", flat=True).get()


def _remove_finished_windows(now, batch=1000):
    """Counters whose window is over are removed by the next new address. Rows another
    request holds are skipped (they are being reset), so two purges never wait on each other."""
    finished = (
        RateLimitCounter.objects.filter(window_ends_at__lte=now)
        .select_for_update(skip_locked=True)
        .values_list("pk", flat=True)[:batch]
    )
    RateLimitCounter.objects.filter(pk__in=list(finished)).delete()
