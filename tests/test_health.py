"""/healthz and /readyz for load balancers: answered whatever the Host, never cached, and
/readyz names the part a server cannot reach (real unreachable parts, not stand-ins)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from search.backends import search_backends

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
# Nothing listens on port 1: a real refused connection.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


def test_healthz_answers_a_balancer_probing_by_address(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.5")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_readyz_checks_the_database_cache_and_search(client):
    response = client.get("/readyz", HTTP_HOST="10.0.0.5")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "search": "ok"}


def test_readyz_names_a_cache_it_cannot_reach(client):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"


def test_readyz_names_a_search_engine_it_cannot_reach(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("opensearch://127.0.0.1:1")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["search"] == "unavailable"
    assert response.json()["cache"] == "ok"


def test_gunicorns_settings_come_from_the_environment_and_log_no_requests():
    """gunicorn.conf.py as gunicorn reads it (no visitor's address or query in an access log)."""
    environment = {**os.environ, "WEB_CONCURRENCY": "3", "GUNICORN_TIMEOUT": "40"}
    printed = subprocess.run(
        [GUNICORN, "--print-config", "-c", "gunicorn.conf.py", "portal.wsgi"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    config = dict(re.findall(r"^(\w+)\s+= (.*)$", printed, re.M))
    assert (config["workers"], config["timeout"], config["accesslog"]) == ("3", "40", "None")
