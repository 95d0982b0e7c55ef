"""The demo with a partner language (PORTAL_LANGUAGES=pl,en,uk, as `make run` has it): the
project information is in Ukrainian, under `<html lang="uk">`; every other page has no
Ukrainian version, and its address under /uk/ says so in Ukrainian. The languages are read
when the settings load, so the demo is built in a process of its own on a fresh database of
the suite's engine (PostgreSQL in CI)."""

import contextlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import psycopg
import pytest

from portal.demo import content

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = {
    "home": content.HOME,
    "about": content.STANDARD_PAGES[0],
    "zone": content.ZONES[3],
    "zone_page": content.ZONES[3]["pages"][0],
    "meetings": content.EVENT_INDEX,
    "privacy": content.STANDARD_PAGES[1],
}

BUILD_AND_VISIT = """
import io, json, re
import django
django.setup()
from django.core.management import call_command
from django.test import Client
from wagtail.models import Locale, Page

from portal.accessibility.models import AccessibilityStatementPage
from portal.consent.models import ConsentSettings
from portal.core.models import SiteContent, Tag
from portal.news.models import NewsPage
from portal.reports.models import ReportIndexPage

KEYS = %(keys)s


def page_counts():
    return {
        code: Page.objects.filter(locale__language_code=code, depth__gt=1).count()
        for code in ("pl", "en", "uk")
    }


def visit(client, url):
    response = client.get(url)
    html = response.content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>(.*?)</ul>", html, re.S)
    return {
        "url": url,
        "status": response.status_code,
        "lang": re.search(r'<html lang="([^"]+)"', html).group(1),
        "h1": re.sub(r"<[^>]+>", "", heading.group(1)).strip(),
        "switcher": re.findall(r'hreflang="([^"]+)"[^>]*>([^<]+)</a>', switcher),
        "links_below_h1": re.findall(r'<a href="([^"]+)" lang="([^"]+)"', heading.group(2)),
        "html": html,
    }


call_command("migrate", interactive=False, verbosity=0)
call_command("createcachetable")
first = io.StringIO()
call_command("load_demo_content", stdout=first)
uk = Locale.objects.get(language_code="uk")
client = Client()

translated = {}
for name, slug in KEYS.items():
    polish = Page.objects.filter(locale__language_code="pl", slug=slug).order_by("depth").first()
    version = polish.get_translation_or_none(uk)
    translated[name] = visit(client, version.url) if version and version.live else None

untranslated = {}
pl_home = Page.objects.get(locale__language_code="pl", depth=2)
for name, page in (
    ("news", NewsPage.objects.filter(locale__language_code="pl").order_by("path").first()),
    ("reports", ReportIndexPage.objects.get(locale__language_code="pl", depth=3)),
):
    below_home = page.url_path[len(pl_home.url_path):]
    untranslated[name] = {
        "has_uk_version": page.has_translation(uk),
        "polish_url": page.url,
        "polish_switcher": visit(client, page.url)["switcher"],
        "uk_address": visit(client, "/uk/" + below_home),
    }

texts = SiteContent.objects.get(locale=uk)
statement = AccessibilityStatementPage.objects.get(locale__language_code="pl")
before = page_counts()
again = io.StringIO()
call_command("load_demo_content", stdout=again)
print(json.dumps({
    "languages": sorted(Locale.objects.values_list("language_code", flat=True)),
    "pages": before,
    "pages_after_second_run": page_counts(),
    "first_run": first.getvalue(),
    "second_run": again.getvalue(),
    "translated": translated,
    "untranslated": untranslated,
    "statement_url": statement.url,
    "banner_title": ConsentSettings.objects.get(locale=uk).banner_title,
    "tags": sorted(Tag.objects.filter(locale=uk).values_list("name", flat=True)),
    "site_texts": {"organisation": texts.organisation, "eu_funds": texts.eu_funds_statement},
}))
"""


def pairs(items):
    """JSON gives the (code, name) pairs back as lists."""
    return [tuple(item) for item in items]


@contextlib.contextmanager
def scratch_database(folder):
    """A database of its own on the suite's engine (PostgreSQL in CI), removed afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{folder / 'portal.sqlite3'}"
        return
    settings = dj_database_url.parse(url)
    name = f"{settings['NAME']}_ukrainian_demo"
    server = {
        "host": settings["HOST"],
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"],
        "dbname": "postgres",
    }
    with psycopg.connect(**server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(url)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(**server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def ukrainian_demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ukrainian-demo")
    with scratch_database(folder) as database_url:
        yield build_the_demo_and_visit_it(database_url)


def build_the_demo_and_visit_it(database_url):
    environment = {
        name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        PORTAL_LANGUAGES="pl,en,uk",
        DATABASE_URL=database_url,
    )
    keys = {name: spec["slug"].pl for name, spec in TRANSLATED.items()}
    result = subprocess.run(
        [sys.executable, "-c", BUILD_AND_VISIT % {"keys": repr(keys)}],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_demo_has_three_languages_and_ukrainian_only_for_the_project_information(
    ukrainian_demo,
):
    assert ukrainian_demo["languages"] == ["en", "pl", "uk"]
    pages = ukrainian_demo["pages"]
    assert pages["en"] == pages["pl"]
    assert pages["uk"] == len(TRANSLATED)


@pytest.mark.parametrize("name", TRANSLATED)
def test_the_project_information_is_in_ukrainian(ukrainian_demo, name):
    page = ukrainian_demo["translated"][name]
    assert page is not None, f"{name} has no live Ukrainian version"
    spec = TRANSLATED[name]
    assert page["status"] == 200, page["url"]
    assert page["lang"] == "uk"
    if name == "home":
        assert page["url"] == "/uk/"
    else:
        assert page["url"].startswith("/uk/")
        assert page["url"].endswith(f"/{spec['slug'].uk}/")
        assert page["h1"] == spec["title"].uk
    assert spec["intro"].uk in page["html"]
    assert ("uk", "Українська") in pairs(page["switcher"])


def test_the_ukrainian_home_shows_its_body_footer_and_cookie_banner(ukrainian_demo):
    home = ukrainian_demo["translated"]["home"]
    assert "<h2>Знання з проєктів, які змінювали ринок праці</h2>" in home["html"]
    assert [code for code, _name in home["switcher"]] == ["pl", "en", "uk"]
    site = ukrainian_demo["site_texts"]
    assert site == {
        "organisation": content.SITE["organisation"].uk,
        "eu_funds": content.SITE["eu_funds_statement"].uk,
    }
    assert site["organisation"] in home["html"]
    assert site["eu_funds"] in home["html"]
    assert ukrainian_demo["banner_title"] == "Файли cookie на цьому порталі"
    assert "Файли cookie на цьому порталі" in home["html"]
    assert "Zaakceptuj" not in home["html"]


def test_the_ukrainian_footer_links_the_polish_accessibility_statement(ukrainian_demo):
    """The statement stays Polish; every page still links it, its language in hreflang."""
    statement = ukrainian_demo["statement_url"]
    assert statement.startswith("/pl/")
    for page in ukrainian_demo["translated"].values():
        assert f'<a href="{statement}" hreflang="pl">Декларація доступності</a>' in page["html"]
        meta = rf'<meta name="deklaracja-dostępności" content="https?://[^"/]+{statement}">'
        assert re.search(meta, page["html"]), page["url"]


def test_the_zone_page_lies_under_the_ukrainian_zone(ukrainian_demo):
    zone = ukrainian_demo["translated"]["zone"]
    zone_page = ukrainian_demo["translated"]["zone_page"]
    assert zone_page["url"].startswith(zone["url"])
    assert "<h2>Мета партнерства</h2>" in zone_page["html"]


@pytest.mark.parametrize("name", ["news", "reports"])
def test_a_page_without_ukrainian_text_says_so_in_ukrainian(ukrainian_demo, name):
    page = ukrainian_demo["untranslated"][name]
    assert page["has_uk_version"] is False
    # The Polish page offers the Ukrainian home instead of a Ukrainian version.
    assert ("uk", "Українська: головна сторінка") in pairs(page["polish_switcher"])
    answer = page["uk_address"]
    assert answer["status"] == 404
    assert answer["lang"] == "uk"
    assert answer["h1"] == "Ця сторінка недоступна цією мовою"
    assert (page["polish_url"], "pl") in pairs(answer["links_below_h1"])
    assert {code for _url, code in answer["links_below_h1"]} == {"pl", "en"}


def test_running_the_loader_again_adds_nothing(ukrainian_demo):
    assert ukrainian_demo["pages_after_second_run"] == ukrainian_demo["pages"]
    pages = ukrainian_demo["pages"]
    translated = pages["en"] + pages["uk"]
    assert f"{pages['pl']} new Polish pages, {translated} translated" in ukrainian_demo["first_run"]
    assert "0 new Polish pages, 0 translated" in ukrainian_demo["second_run"]


def test_the_tags_that_label_reports_and_search_facets_are_in_ukrainian(ukrainian_demo):
    assert ukrainian_demo["tags"] == sorted(tag["name"].uk for tag in content.TAGS)
