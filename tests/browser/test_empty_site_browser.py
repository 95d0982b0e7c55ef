"""The empty portal a public body starts from: an empty database, `migrate`, `init_portal`
and `collectstatic` under production settings, served by gunicorn; Chromium visits every
page in every language (Polish, English and Ukrainian, a partner language) and axe-core finds
nothing."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from tests.browser.conftest import assert_no_axe_violations

ROOT = Path(__file__).resolve().parents[2]
LIVE_PAGES = """
import json, django
django.setup()
from wagtail.models import Page
print(json.dumps([[page.url, page.locale.language_code]
                  for page in Page.objects.live().filter(depth__gt=1).order_by("path")]))
"""


def free_port():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return listener.getsockname()[1]


def run(arguments, environment):
    result = subprocess.run(
        [sys.executable, *arguments], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def empty_portal(tmp_path_factory, browser):
    folder = tmp_path_factory.mktemp("empty-portal")
    port = free_port()
    environment = {
        name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{port}",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{folder / 'portal.sqlite3'}",
        EMAIL_URL="smtp://127.0.0.1:25",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        PORTAL_LANGUAGES="pl,en,uk",
    )
    run(["manage.py", "migrate", "--noinput", "-v", "0"], environment)
    first = run(["manage.py", "init_portal", "--organisation", "Gmina Przykładowo"], environment)
    again = run(["manage.py", "init_portal"], environment)
    run(["manage.py", "collectstatic", "--noinput", "-v", "0"], environment)
    pages = json.loads(run(["-c", LIVE_PAGES], environment))
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "portal.wsgi"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urlopen(f"{base_url}/healthz", timeout=1)
                break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                time.sleep(0.2)
        yield {"base_url": base_url, "pages": pages, "first": first, "again": again}
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_init_portal_makes_every_page_in_every_language_once(empty_portal):
    languages = [language for _url, language in empty_portal["pages"]]
    assert languages.count("pl") == languages.count("en") == languages.count("uk") == 15
    assert "Utworzone strony: 15" in empty_portal["first"]
    assert "Utworzone strony: 0" in empty_portal["again"]
    # It says what editors must still write before launch.
    assert "Deklaracja dostępności" in empty_portal["again"]


def test_every_page_of_the_empty_site_renders_and_has_no_accessibility_violations(
    empty_portal, browser
):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        for url, language in empty_portal["pages"]:
            response = page.goto(empty_portal["base_url"] + url)
            assert response.status == 200, url
            assert page.locator("html").get_attribute("lang") == language, url
            assert page.locator("h1").count() == 1, url
            assert_no_axe_violations(page)
    finally:
        context.close()
