"""Test runs: fast password hashing, e-mails captured in memory, media in a temporary folder."""

import tempfile

from django.core.management.utils import get_random_secret_key

from search.backends import search_backends

from .base import *  # noqa: F403

# A new key for each run: none is written in the repository.
SECRET_KEY = get_random_secret_key()
DEBUG = False
ALLOWED_HOSTS = ["*"]
# The demo content, loaded once per test session (tests/conftest.py); production leaves it out.
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run where they are enqueued (once the transaction commits), so a test of a sign-up or
# an upload sees the e-mail or the PDF's text without a worker. tests/test_background_tasks.py
# switches to the database backend and runs the real worker, on SQLite and PostgreSQL.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Media on the local disk whatever MEDIA_STORAGE_URL says: the bucket tests switch to the S3
# API server at S3_TEST_URL themselves (tests/test_object_storage.py).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Tests index into the database backend; the search tests switch to the OpenSearch node
# at SEARCH_URL themselves, each into an index of its own.
WAGTAILSEARCH_BACKENDS = search_backends()
