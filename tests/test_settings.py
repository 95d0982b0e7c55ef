"""Settings come from the environment; production refuses unsafe configurations."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management.utils import get_random_secret_key

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = get_random_secret_key()
SAFE_MAIL = "smtp+tls://portal:secret@smtp.example.org:587"


def import_production_settings(**env):
    environment = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "EMAIL_URL"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import portal.settings.production"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_secret_key():
    result = import_production_settings()
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_debug():
    result = import_production_settings(SECRET_KEY=STRONG_KEY, EMAIL_URL=SAFE_MAIL, DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_production_starts_with_a_strong_secret_key_and_a_mail_server():
    result = import_production_settings(SECRET_KEY=STRONG_KEY, EMAIL_URL=SAFE_MAIL)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("sqlite:////tmp/portal.sqlite3", "django.db.backends.sqlite3"),
        ("postgres://u:p@db.example:5432/portal", "django.db.backends.postgresql"),
        ("", "django.db.backends.sqlite3"),
    ],
)
def test_database_comes_from_database_url(url, engine):
    code = "from portal.settings import base; print(base.DATABASES['default']['ENGINE'])"
    environment = dict(os.environ, DATABASE_URL=url)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.stdout.strip() == engine, result.stderr


# Unsafe production configurations ------------------------------------------------------------


@pytest.mark.parametrize(
    "email_url",
    ["console://", "memory://", "file:///tmp/portal-mails", "dummy://", None],
    ids=["console", "memory", "file", "dummy", "unset"],
)
def test_production_refuses_an_email_backend_that_does_not_send(email_url):
    env = {"SECRET_KEY": STRONG_KEY}
    if email_url is not None:
        env["EMAIL_URL"] = email_url
    result = import_production_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "EMAIL_URL" in result.stderr


@pytest.mark.parametrize(
    "secret_key",
    [
        "too-short-" + "a1b2c3d4e5",
        "django-insecure-local-development-only",
        "tests-only-not-a-secret",
        "django-insecure-" + STRONG_KEY,
        "ab" * 40,
    ],
    ids=["short", "dev-key", "test-key", "django-insecure-prefix", "few-distinct-characters"],
)
def test_production_refuses_a_weak_or_known_secret_key(secret_key):
    result = import_production_settings(SECRET_KEY=secret_key, EMAIL_URL=SAFE_MAIL)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def production_email_settings(**env):
    """The e-mail settings Django sees under the production settings."""
    code = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps({name: getattr(s, name) for name in ("
        "'EMAIL_BACKEND', 'EMAIL_HOST', 'EMAIL_PORT', 'EMAIL_HOST_USER', 'EMAIL_HOST_PASSWORD', "
        "'EMAIL_USE_TLS', 'EMAIL_USE_SSL', 'EMAIL_TIMEOUT')}))"
    )
    environment = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"} and "EMAIL" not in k
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY=STRONG_KEY, **env
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("email_url", "port", "starttls", "ssl"),
    [
        ("smtp+tls://portal:secret@smtp.example.org:587", 587, True, False),
        ("smtp+tls://portal:secret@smtp.example.org", 587, True, False),
        ("submission://portal:secret@smtp.example.org", 587, True, False),
        ("smtp://portal:secret@smtp.example.org:587?tls=true", 587, True, False),
        ("smtps://portal:secret@smtp.example.org", 465, False, True),
        ("smtp+ssl://portal:secret@smtp.example.org:465", 465, False, True),
        ("smtp://portal:secret@smtp.example.org:465?ssl=true", 465, False, True),
        ("smtp://smtp.example.org", 25, False, False),
    ],
)
def test_email_url_gives_the_encryption_it_names(email_url, port, starttls, ssl):
    parsed = production_email_settings(EMAIL_URL=email_url)
    assert parsed["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert parsed["EMAIL_HOST"] == "smtp.example.org"
    assert parsed["EMAIL_PORT"] == port
    assert (parsed["EMAIL_USE_TLS"], parsed["EMAIL_USE_SSL"]) == (starttls, ssl)


def test_email_credentials_may_hold_url_escaped_characters():
    parsed = production_email_settings(
        EMAIL_URL="smtp+tls://portal%40example.org:p%2Fss%3A@mx.example.org"
    )
    assert parsed["EMAIL_HOST_USER"] == "portal@example.org"
    assert parsed["EMAIL_HOST_PASSWORD"] == "p/ss:"


def test_a_dead_mail_server_cannot_hang_a_worker():
    assert production_email_settings(EMAIL_URL=SAFE_MAIL)["EMAIL_TIMEOUT"] == 10
    assert production_email_settings(EMAIL_URL=SAFE_MAIL, EMAIL_TIMEOUT="30")["EMAIL_TIMEOUT"] == 30
    assert production_email_settings(EMAIL_URL=SAFE_MAIL + "?timeout=5")["EMAIL_TIMEOUT"] == 5


@pytest.mark.parametrize(
    "email_url",
    ["smpt://smtp.example.org", "smtp://smtp.example.org?tls=true&ssl=true"],
    ids=["unknown-scheme", "tls-and-ssl"],
)
def test_a_mistyped_email_url_is_refused_with_its_reason(email_url):
    result = import_production_settings(SECRET_KEY=STRONG_KEY, EMAIL_URL=email_url)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "EMAIL_URL" in result.stderr


# manage.py check --deploy ---------------------------------------------------------------------


def deploy_check(**env):
    # A server's environment, not the test run's (whose browser tests allow async-unsafe
    # calls, which the deploy check rightly reports).
    environment = {"PATH": os.environ["PATH"]}
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="portal.example.gov.pl",
        CSRF_TRUSTED_ORIGINS="https://portal.example.gov.pl",
        EMAIL_URL=SAFE_MAIL,
        **env,
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "CRITICAL"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return set(re.findall(r"\(([a-z_]+\.[WE]\d+)\)", result.stdout + result.stderr))


def test_deploy_check_prints_only_warnings_the_readme_explains():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    explained = set(re.findall(r"`([a-z_]+\.W\d+)`", readme))
    printed = deploy_check()
    assert printed <= explained, f"unexplained: {sorted(printed - explained)}"


def test_deploy_check_is_silent_with_hsts_for_subdomains_and_preload():
    assert deploy_check(SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true") == set()
