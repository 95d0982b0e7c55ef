"""Production: everything from the environment; refuses to start when it would be unsafe."""

import logging

from django.core.exceptions import ImproperlyConfigured

from portal.core.email_url import NON_DELIVERING_BACKENDS
from portal.core.json_logs import log_format_from_environment
from portal.core.media_storage import unencrypted_off_machine

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if (
    len(SECRET_KEY) < 50  # noqa: F405
    or len(set(SECRET_KEY)) < 5  # noqa: F405
    or SECRET_KEY.startswith("django-insecure-")  # noqa: F405
):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak for production: use at least 50 random characters, e.g. from "
        "`python -c 'from django.core.management.utils import get_random_secret_key as k; "
        "print(k())'`."
    )
if DEBUG:  # noqa: F405
    raise ImproperlyConfigured("DEBUG must be off in production.")
if EMAIL_BACKEND in NON_DELIVERING_BACKENDS:  # noqa: F405
    raise ImproperlyConfigured(
        f"EMAIL_URL must name a mail server in production (e.g. "
        f"smtp+tls://user:password@smtp.example.org:587): {EMAIL_BACKEND} would print or "  # noqa: F405
        f"drop every e-mail, with the participants' personal links, instead of sending it."
    )

if MEDIA_STORAGE and unencrypted_off_machine(MEDIA_STORAGE):  # noqa: F405
    raise ImproperlyConfigured(
        "MEDIA_STORAGE_URL must use HTTPS in production (drop secure=false): over plain HTTP "
        "the files, documents of restricted collections too, and the signed links to them "
        "cross the network readable by anyone on the way, and browsers block http:// images "
        "on an https:// page."
    )

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
if SECURE_SSL_REDIRECT:
    # An http:// image in old content is fetched over HTTPS rather than blocked.
    CONTENT_SECURITY_POLICY = {  # noqa: F405
        "DIRECTIVES": {
            **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
            "upgrade-insecure-requests": True,
        }
    }
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
# Both bind every subdomain / the browsers' preload list for a long time: the operator turns
# them on knowingly (README: "check --deploy").
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's admin shows its page previews in a frame of the same site, so not DENY; the
# Content-Security-Policy's frame-ancestors 'self' says the same to current browsers.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# One JSON object a line (LOG_FORMAT=text for readable lines) and a line for every request;
# Django's own "Not Found: …" warnings would repeat what the request lines say. Python's
# warnings go through logging too, so that standard error holds nothing but JSON lines.
logging.captureWarnings(True)
LOGGING = {
    **LOGGING,  # noqa: F405
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": log_format_from_environment("json"),
        }
    },
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "portal.requests": {"level": LOG_LEVEL},  # noqa: F405
        "django.request": {"level": "ERROR"},
    },
}
