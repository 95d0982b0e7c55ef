"""Settings shared by every environment. Anything that differs between machines comes from
environment variables, with defaults that are safe for a local checkout."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from portal.core.cache_url import parse_cache_url
from portal.core.email_url import parse_email_url
from portal.core.json_logs import log_format_from_environment
from portal.core.languages import portal_languages
from portal.core.media_storage import media_origin, parse_media_storage_url
from search.backends import search_backends, search_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal.core",
    "home",
    "zones",
    "portal.news",
    "portal.reports",
    "portal.events",
    "portal.trainings",
    "portal.consent",
    "portal.accessibility",
    "portal.practices",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: load balancers' /healthz and /readyz, answered before host checks and redirects.
    "portal.core.health.HealthCheckMiddleware",
    # Next: one log line per request (the probes above are not logged).
    "portal.core.json_logs.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Anonymous visitors' pages from the cache (portal.core.page_cache): a hit skips all below,
    # and is stored with the security headers the middleware below adds.
    "portal.core.page_cache.PageCacheMiddleware",
    "portal.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.core.middleware.DefaultLanguageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.core.middleware.RefuseDeletingWhatPagesUse",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out log-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

# Content-Security-Policy (django-csp, see portal.core.middleware). Public pages: nothing
# inline (the editors' analytics code gets the response's nonce and adds the hosts it
# names), frames only from the video block's privacy-friendly players.
VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": VIDEO_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin (and the page previews it shows in a frame) writes inline scripts and
# styles and shows uploaded images as data: and blob: URLs.
ADMIN_PATH_PREFIXES = ["/admin/", "/django-admin/"]
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Browser features no page of the portal uses are switched off, for embedded frames too;
# the video players may go full screen and picture-in-picture.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self", *VIDEO_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *VIDEO_ORIGINS],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.core.context_processors.reading_preferences",
                "portal.consent.context_processors.consent",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue up at BEGIN instead of failing half-way through a sign-up.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes refuses log-ins (admin and /django-admin/) for a user name from an address
# after ADMIN_LOGIN_FAILURE_LIMIT failures, for ADMIN_LOGIN_LOCKOUT_MINUTES; a successful
# log-in clears the count. The address is the one portal.core.ratelimit counts (proxies,
# IPv6 per /64).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ADMIN_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.core.ratelimit.client_network"
AXES_LOCKOUT_CALLABLE = "portal.core.views.admin_login_locked_out"
# Failed attempts are kept only until their cool-off ends; successful log-ins are not logged.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# PORTAL_LANGUAGES: the content and interface languages (portal/core/languages.py); the
# first, Polish by default, is the default language of the content and of the admin.
LANGUAGES = portal_languages(os.environ.get("PORTAL_LANGUAGES", "pl,en"))
LANGUAGE_CODE = LANGUAGES[0][0]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# MEDIA_STORAGE_URL: empty for MEDIA_ROOT on the local disk, s3://… for a bucket all servers
# share (portal.core.media_storage).
MEDIA_STORAGE = parse_media_storage_url(os.environ.get("MEDIA_STORAGE_URL", ""))
STORAGES = {
    "default": MEDIA_STORAGE or {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if MEDIA_STORAGE:
    # Documents are served only after Wagtail's serve view has checked the collection's
    # restrictions, by a redirect to a short-lived signed URL of the private object.
    WAGTAILDOCS_SERVE_METHOD = "redirect"
    # Pages and the admin show renditions straight from the bucket.
    for policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):
        policy["DIRECTIVES"]["img-src"].append(media_origin(MEDIA_STORAGE))

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# A dead mail server makes a worker wait this many seconds at most (EMAIL_TIMEOUT, or
# `?timeout=` in EMAIL_URL).
vars().update(
    parse_email_url(os.environ.get("EMAIL_URL", "console://"), timeout=env_int("EMAIL_TIMEOUT", 10))
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = _("Portal ekonomii społecznej")
# The portal's public address: the default Site's hostname and port (`init_portal`), and
# so the links in e-mails, calendar files and feeds. The admin's address defaults to it.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
# SEARCH_URL picks the engine by its scheme (search.backends); ELASTICSEARCH_URL and
# ELASTICSEARCH_INDEX_PREFIX are the former names, still read.
SEARCH_URL = search_url(os.environ)
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX") or os.environ.get(
    "ELASTICSEARCH_INDEX_PREFIX", "portal_"
)
# Polish dictionary stemming on the engine (search.backends): the Hunspell locale whose
# dictionary every search node holds, e.g. pl_PL; empty: folding and light stemming only.
SEARCH_HUNSPELL_LOCALE = os.environ.get("SEARCH_HUNSPELL_LOCALE", "")
WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_URL, SEARCH_INDEX_PREFIX, SEARCH_HUNSPELL_LOCALE)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The document form tells editors why a PDF gave no text.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.reports.forms.DocumentForm"
# The text of an uploaded PDF is read in a child process with these limits (portal.reports.
# pdf_text); a file over them is kept and marked unreadable. At most this much text is kept.
PDF_EXTRACTION_TIMEOUT_SECONDS = env_int("PDF_EXTRACTION_TIMEOUT_SECONDS", 15)
PDF_EXTRACTION_MEMORY_MB = env_int("PDF_EXTRACTION_MEMORY_MB", 256)
PDF_TEXT_MAX_CHARACTERS = 500_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: editors' e-mail hashes stay here, and the admin's policy
# loads images from the portal only. Editors may upload an avatar in their account.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate this page" makes the translation a draft, not live with the source's text in it
# until someone translates it: it goes live when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# CACHE_URL: empty for each process's own memory, redis://host:6379/0 for one shared cache.
CACHES = {
    "default": parse_cache_url(
        os.environ.get("CACHE_URL", ""), key_prefix=os.environ.get("CACHE_KEY_PREFIX", "portal")
    )
}
# The portal's background tasks (portal.core.tasks: e-mails, PDF text) use the "background"
# backend. TASKS_BACKEND "database" keeps them in the database, where the worker (`manage.py
# db_worker --backend background`) picks them up and where they wait while it is stopped;
# "immediate" runs each in the process that enqueues it (no worker, but the request waits and
# failed e-mails are retried only by run_scheduled_jobs). Wagtail's own tasks (search index
# and reference index updates after a save) use "default" and stay in the request: the zone
# files' checks read the reference index right after a save, and Wagtail 8.0's deferred
# updates of inline rows fail once a later save has replaced those rows.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = (os.environ.get("TASKS_BACKEND") or "database").strip().lower()
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}."
    )
TASKS = {
    "default": {"BACKEND": TASK_BACKENDS["immediate"]},
    "background": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]},
}

# Whole pages for anonymous visitors are kept this long in that cache (0: not at all); an
# editor's change renews them at once (portal.core.page_cache).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Wagtail's frontend cache: the portal's page cache, and any CDN or caching proxy added here
# (README: "Page cache"). Translations have their own slugs, so an address is not repeated
# in the other languages.
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "portal.core.page_cache.PageCacheBackend"}}
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Reverse proxies in front of the portal whose X-Forwarded-For can be trusted (0: none).
# Per-address limits (portal.core.ratelimit) and the admin log-in lockout count the address
# the outermost of them saw.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Meetings: sign-up limits per address, and how long personal data is kept after a meeting.
EVENT_SIGNUPS_PER_ADDRESS = env_int("EVENT_SIGNUPS_PER_ADDRESS", 20)
EVENT_SIGNUP_WINDOW_SECONDS = 3600
EVENT_REGISTRATION_RETENTION_DAYS = env_int("EVENT_REGISTRATION_RETENTION_DAYS", 180)
EVENT_ACCESSIBILITY_RETENTION_DAYS = env_int("EVENT_ACCESSIBILITY_RETENTION_DAYS", 1)

# Page and snippet revisions older than this are deleted by `run_scheduled_jobs --daily`
# (Wagtail's purge_revisions), except the latest, live, scheduled and in-moderation ones.
REVISION_RETENTION_DAYS = env_int("REVISION_RETENTION_DAYS", 365)
# Contact form: messages per internet address per hour, and how long the stored messages
# are kept before `manage.py purge_contact_submissions` deletes them.
CONTACT_MESSAGES_PER_ADDRESS = env_int("CONTACT_MESSAGES_PER_ADDRESS", 10)
CONTACT_SUBMISSION_RETENTION_DAYS = env_int("CONTACT_SUBMISSION_RETENTION_DAYS", 365)
# Practices proposed through the compendium's public form: per address and hour, and how long
# a proposer's address is kept when the practice is not published (it is erased at once when
# it is). The compendium's PDF is written with these fonts (Debian: fonts-dejavu-core).
PRACTICE_PROPOSALS_PER_ADDRESS = env_int("PRACTICE_PROPOSALS_PER_ADDRESS", 5)
PRACTICE_PROPOSAL_WINDOW_SECONDS = 3600
PRACTICE_PROPOSAL_RETENTION_DAYS = env_int("PRACTICE_PROPOSAL_RETENTION_DAYS", 180)
PDF_FONT_DIR = os.environ.get("PDF_FONT_DIR", "/usr/share/fonts/truetype/dejavu")

# Proof of cookie consent is kept this long (3 years by default), then purged by
# `manage.py purge_consent_records`.
CONSENT_RECORD_RETENTION_DAYS = env_int("CONSENT_RECORD_RETENTION_DAYS", 3 * 365)
# Cookie decisions (each one a stored proof) per internet address per hour: generous, since a
# whole office behind one NAT address decides on its first visits; enough to stop a flood.
CONSENT_DECISIONS_PER_ADDRESS = env_int("CONSENT_DECISIONS_PER_ADDRESS", 300)

# Visitors' search queries (they can hold names or e-mail addresses) are kept this long, then
# purged by `manage.py purge_search_queries`; Wagtail's own clean-up of search counts
# (`searchpromotions_garbage_collect`) keeps them as long.
SEARCH_QUERY_RETENTION_DAYS = env_int("SEARCH_QUERY_RETENTION_DAYS", 90)
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_QUERY_RETENTION_DAYS

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # "text": readable lines, here; "json": one object a line, production's default.
    "formatters": {
        "text": {"format": "%(message)s"},
        "json": {"()": "portal.core.json_logs.JsonLogFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": log_format_from_environment("text"),
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # A line per request (portal.core.json_logs.RequestLogMiddleware) in production;
        # runserver writes its own.
        "portal.requests": {"level": "WARNING"},
        # Lockouts are warnings; the start-up banner and each failure are not worth a line.
        "axes": {"level": "WARNING"},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "elasticsearch": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
