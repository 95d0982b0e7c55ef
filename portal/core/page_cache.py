"""Whole pages kept in the cache for anonymous visitors (PAGE_CACHE_SECONDS; 0 turns it off).

A page is stored once per site, address, language and the two cookie states that change its
HTML (reading aids, cookie consent), as the visitor's own response: body and headers, the
Content-Security-Policy with its nonce included, so the analytics code's nonce matches its
header. A nonce guards against markup injected into a response; a stored body cannot take
any in without being rendered again, which makes a new nonce.

Nothing personal is stored: requests with a session (editors) or messages, and responses
that hold a CSRF token (forms for personal data), set cookies, or say private/no-store/
no-cache are passed through. Only 200 responses are stored: redirects are cheap to make,
and 404s for any address a scanner tries would fill the cache.

Invalidation is site-wide, by generation: every page lists others (menus, the latest in a
zone, recommended and related pages, the report index of the whole site, search), so
purging some addresses cannot be made right for all of them. A stored page is served only
while the versions it was rendered under are current: the site furniture's version, renewed
at once when a page, the site texts, the cookie settings, an image, a site or a locale
change (portal.core.furniture), and the page cache's own generation, renewed by Wagtail's
frontend cache (PageCacheBackend) after the change is committed. CDN backends in
WAGTAILFRONTENDCACHE get the changed page and the pages above it.
"""

import hashlib
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from portal.consent.state import Consent
from portal.core.furniture import VERSION_KEY, furniture_changed, furniture_for
from portal.core.preferences import ReadingPreferences

GENERATION_KEY = "portal:pages:generation"
HEADER = "X-Page-Cache"
HIT, MISS, BYPASS = "hit", "miss", "bypass"
# Added to links by newsletters and social networks, unique per click (fbclid): a visitor
# with one gets the page stored for the address without them. Pages rendered for such an
# address are not stored, as their forms' "next" addresses carry the visitor's parameters.
TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid")
NOT_STORED_DIRECTIVES = ("private", "no-store", "no-cache")
NO_CONSENT_BANNER = "none"


def page_cache_seconds():
    return settings.PAGE_CACHE_SECONDS


def new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def made_anew(found):
    """New versions for those missing from `found` (never set, or evicted): never read as
    empty, as an earlier empty one may still be stored with pages."""
    if VERSION_KEY not in found:
        furniture_changed()
    cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
    found = cache.get_many([VERSION_KEY, GENERATION_KEY])
    return (found.get(VERSION_KEY, ""), found.get(GENERATION_KEY, ""))


def digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def is_tracking(name):
    return name.startswith(TRACKING_PARAMETERS)


def consent_variant(consent, policy_version):
    """What of the consent cookie the HTML shows: nothing before a decision on the current
    policy (the banner), else the allowed categories. Any other value maps to these."""
    if policy_version == NO_CONSENT_BANNER or not consent.is_current(policy_version):
        return "undecided"
    return "allowed:" + ",".join(sorted(consent.allowed))


def may_serve_from_cache(request):
    """Cheap checks, before anything else runs: no session (an editor may be logged in;
    looking would cost a query), no messages waiting, a page read with GET or HEAD."""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if CookieStorage.cookie_name in request.COOKIES:
        return False
    path = request.path_info
    skipped = (*settings.ADMIN_PATH_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL)
    return not path.startswith(skipped)


def may_store(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if request.META.get("CSRF_COOKIE_USED") or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(directive in control for directive in NOT_STORED_DIRECTIVES):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    messages = getattr(request, "_messages", None)
    return not (messages is not None and len(messages))


class PageCacheKey:
    """Where one request's page is, or would be, kept. Entries hold the versions they were
    rendered under and are served only while those are current, so a hit is one cache round
    trip: the versions, the site's consent policy and the visitor's entries read together."""

    def __init__(self, request):
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        kept = [
            (name, value)
            for name, values in request.GET.lists()
            if not is_tracking(name)
            for value in values
        ]
        # A page for an address with tracking parameters is looked up, not stored.
        self.storable = not any(is_tracking(name) for name in request.GET)
        self.site = digest(request.scheme, request.get_host(), language)
        self.page = digest(
            self.site,
            request.path,
            urlencode(kept),
            ReadingPreferences.from_request(request).cookie_value,
        )
        self.consent = Consent.from_request(request)
        self.versions = None

    @property
    def policy_key(self):
        return f"portal:pages:policy:{self.site}"

    def entry_key(self, variant):
        return f"portal:pages:{self.page}:{digest(variant)}"

    def find(self):
        """The stored page: the current versions, the site's consent policy version and both
        entries this visitor's cookie might mean, in one round trip."""
        keys = [VERSION_KEY, GENERATION_KEY, self.policy_key, self.entry_key("undecided")]
        if self.consent.version is not None:
            keys.append(self.entry_key(consent_variant(self.consent, self.consent.version)))
        found = cache.get_many(keys)
        if VERSION_KEY not in found or GENERATION_KEY not in found:
            self.versions = made_anew(found)
            return None
        self.versions = (found[VERSION_KEY], found[GENERATION_KEY])
        policy = found.get(self.policy_key)
        if policy is None or policy["versions"] != self.versions:
            return None
        entry = found.get(self.entry_key(consent_variant(self.consent, policy["version"])))
        if entry is None or entry["versions"] != self.versions:
            return None
        return entry

    def store(self, request, response):
        consent_settings = furniture_for(request).consent_settings
        policy = consent_settings.policy_version if consent_settings else NO_CONSENT_BANNER
        entry = {"versions": self.versions, **stored(response)}
        cache.set_many(
            {
                self.policy_key: {"versions": self.versions, "version": policy},
                self.entry_key(consent_variant(self.consent, policy)): entry,
            },
            page_cache_seconds(),
        )


def stored(response):
    return {
        "status": response.status_code,
        "headers": [(name, value) for name, value in response.items() if name != HEADER],
        "content": response.content,
    }


def restored(entry, request):
    response = HttpResponse(
        b"" if request.method == "HEAD" else entry["content"], status=entry["status"]
    )
    for name, value in entry["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serves anonymous visitors' pages from the cache. Placed after SecurityMiddleware (so
    HTTPS redirects and HSTS still apply) and before everything else: a hit skips sessions,
    CSRF, the URL resolver and the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if page_cache_seconds() <= 0:
            return self.get_response(request)
        if not may_serve_from_cache(request):
            return passed_through(request, self.get_response(request))
        key = PageCacheKey(request)
        entry = key.find()
        if entry is not None:
            response = restored(entry, request)
            response[HEADER] = HIT
            return response
        response = self.get_response(request)
        if not (key.storable and request.method == "GET" and may_store(request, response)):
            return passed_through(request, response)
        # Downstream caches may keep a copy but must ask again: the page differs by cookies
        # they do not see, and changes when an editor publishes.
        patch_cache_control(response, no_cache=True)
        key.store(request, response)
        response[HEADER] = MISS
        return response


def passed_through(request, response):
    """A response the page cache did not store; one made for this visitor (a form's token,
    a cookie, a logged-in editor) is marked private for any cache downstream too."""
    personal = request.META.get("CSRF_COOKIE_USED") or response.cookies
    user = getattr(request, "user", None)
    if (personal or (user is not None and user.is_authenticated)) and not response.has_header(
        "Cache-Control"
    ):
        patch_cache_control(response, private=True)
    response[HEADER] = BYPASS
    return response


class PageCacheBackend(BaseBackend):
    """Wagtail frontend-cache backend for the portal's own page cache: any purge renews the
    generation of every stored page (see the module's docstring for why not per address),
    once the change that caused it is committed, so no page rendered from the old data can
    be stored under the new generation."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        transaction.on_commit(new_generation)


# What to purge ------------------------------------------------------------------------


def pages_listing(page):
    """The pages above a page that list it: its index, its zone, its language's home."""
    return Page.objects.ancestor_of(page).filter(depth__gt=1).live()


def purge_after_commit(pages=(), urls=()):
    """Purges the pages' addresses (known now: a deleted page has none afterwards) from
    every WAGTAILFRONTENDCACHE backend once the transaction commits, at once outside one."""
    batch = PurgeBatch(urls)
    batch.add_pages(pages)
    transaction.on_commit(batch.purge)
