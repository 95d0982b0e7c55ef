"""CACHE_URL chooses the cache; with Redis, what one server process changes reaches the
others (CI runs the whole suite with CACHE_URL=redis://…)."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.core.cache_url import LOCAL_MEMORY, REDIS, parse_cache_url
from tests.conftest import require_service
from tests.tree import portal_fixture

portal = portal_fixture()


def test_without_an_address_each_process_keeps_its_own_cache():
    assert parse_cache_url("") == {"BACKEND": LOCAL_MEMORY}
    assert parse_cache_url("locmem://") == {"BACKEND": LOCAL_MEMORY}


def test_a_redis_address_selects_the_shared_redis_cache():
    found = parse_cache_url("rediss://:secret@cache.example.gov.pl:6380/2", key_prefix="pes")
    assert found == {
        "BACKEND": REDIS,
        "LOCATION": "rediss://:secret@cache.example.gov.pl:6380/2",
        "KEY_PREFIX": "pes",
    }


def test_an_unknown_cache_is_refused_with_what_to_use():
    with pytest.raises(ImproperlyConfigured, match="redis://"):
        parse_cache_url("memcached://127.0.0.1:11211")


def furniture_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return [query["sql"] for query in captured if "core_sitecontent" in query["sql"]]


@pytest.mark.django_db
def test_a_change_saved_in_another_process_renews_the_furniture_here(client, portal):
    """What a second application server does on an editor's save, seen by this one."""
    require_service(
        django_settings.CACHES["default"]["BACKEND"] == REDIS,
        "this test needs Redis: start redis-server and set CACHE_URL=redis://127.0.0.1:6379/0",
    )
    url = portal.about.url
    client.get(url)
    assert not furniture_queries(client, url)  # kept in the cache

    other_server = (
        "import django; django.setup(); "
        "from portal.core.furniture import furniture_changed; furniture_changed()"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    subprocess.run([sys.executable, "-c", other_server], env=environment, check=True)

    assert furniture_queries(client, url)  # built again here
    assert not furniture_queries(client, url)
