"""Settings come from the environment; production refuses unsafe configurations."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def import_production_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
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
    result = import_production_settings(SECRET_KEY="x" * 50, DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_production_starts_with_a_secret_key():
    result = import_production_settings(SECRET_KEY="x" * 50)
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
