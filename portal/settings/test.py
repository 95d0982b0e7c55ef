"""Test runs: fast password hashing, e-mails captured in memory, media in a temporary folder."""

import tempfile

from search.backends import search_backends

from .base import *  # noqa: F403

SECRET_KEY = TEST_SECRET_KEY  # noqa: F405
DEBUG = False
ALLOWED_HOSTS = ["*"]
# The demo content, loaded once per test session (tests/conftest.py); production leaves it out.
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tests index into the database backend; the search tests switch to the OpenSearch node
# at SEARCH_URL themselves, each into an index of its own.
WAGTAILSEARCH_BACKENDS = search_backends()
