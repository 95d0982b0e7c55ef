"""PORTAL_LANGUAGES: the languages are configuration, not code."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from wagtail.models import Locale

from portal.core.languages import portal_languages
from portal.events.models import Registration
from portal.reports.models import ReportDocument

ROOT = Path(__file__).resolve().parent.parent
UKRAINIAN_TOO = [("pl", "Polski"), ("en", "English"), ("uk", "Українська")]


def test_each_language_is_named_in_its_own_language_in_the_given_order():
    assert portal_languages("pl, en,UK") == UKRAINIAN_TOO


@pytest.mark.parametrize(
    ("value", "reason"),
    [("", "at least one"), ("pl,xx", r"unknown language code\(s\) xx"), ("pl,en,pl", "twice")],
)
def test_a_bad_list_is_refused_with_the_reason(value, reason):
    with pytest.raises(ImproperlyConfigured, match=reason):
        portal_languages(value)


def test_the_setting_gives_content_and_interface_languages_and_the_first_is_the_default():
    code = (
        "from django.conf import settings; import django; django.setup(); "
        "print(settings.LANGUAGE_CODE, [c for c, n in settings.LANGUAGES], "
        "[c for c, n in settings.WAGTAIL_CONTENT_LANGUAGES])"
    )
    environment = dict(os.environ, PORTAL_LANGUAGES="pl,en,uk")
    environment["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "pl ['pl', 'en', 'uk'] ['pl', 'en', 'uk']"


@pytest.mark.django_db
def test_migrate_makes_a_locale_for_every_configured_language():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"pl", "en"}


def test_stored_languages_offer_the_configured_ones_without_a_migration():
    with override_settings(LANGUAGES=UKRAINIAN_TOO):
        for field in (
            Registration._meta.get_field("language"),
            ReportDocument._meta.get_field("language"),
        ):
            assert [code for code, _name in field.choices] == ["pl", "en", "uk"]


@pytest.fixture
def home_in_two_languages(db):
    from tests.tree import build_tree, translate

    tree = build_tree(zone_names=())
    translate(tree.home, slug="home-en")
    return tree, translate


def test_hreflang_links_name_every_live_version_the_page_itself_and_a_default(
    client, home_in_two_languages
):
    tree, translate = home_in_two_languages
    translate(tree.news_index, slug="news", title="News")

    html = client.get("/en/news/").content.decode()

    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert set(alternates) == {"pl", "en", "x-default"}
    assert alternates["en"].endswith("/en/news/")
    assert alternates["x-default"] == alternates["pl"]
    assert alternates["pl"].endswith("/pl/aktualnosci/")


def test_a_translated_accessibility_statement_says_the_polish_one_is_binding(
    client, home_in_two_languages
):
    from tests import factories

    tree, translate = home_in_two_languages
    statement = factories.AccessibilityStatementPageFactory(parent=tree.home, slug="deklaracja")
    english = translate(statement, slug="accessibility-statement", title="Accessibility statement")

    english_html = client.get("/en/accessibility-statement/").content.decode()
    polish_html = client.get(statement.url).content.decode()

    assert "The binding statement is the Polish one:" in english_html
    assert f'<a href="{statement.url}" lang="pl" hreflang="pl">Deklaracja dostępności</a>' in (
        english_html
    )
    assert "Wiążąca jest" not in polish_html
    assert english.binding_version.pk == statement.pk
