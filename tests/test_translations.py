"""Every interface string has Polish and English text."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import translation

PROJECT = Path(__file__).resolve().parent.parent
LOCALE = PROJECT / "locale"


def po_entries(language):
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    return re.findall(r'\nmsgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', text)


@pytest.mark.parametrize("language", sorted(path.name for path in LOCALE.iterdir()))
def test_every_message_is_translated_and_none_is_fuzzy(language):
    entries = po_entries(language)
    assert len(entries) > 100
    untranslated = [
        msgid for msgid, msgstr in entries if msgid.strip() != '""' and msgstr.strip() == '""'
    ]
    assert untranslated == []
    po_text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po_text


def test_compiled_ukrainian_catalogue_is_used():
    with translation.override("uk"):
        assert translation.gettext("Przejdź do treści") != "Przejdź do treści"
        assert translation.gettext("Aktualności") == "Новини"


def test_compiled_english_catalogue_is_used():
    with translation.override("en"):
        assert translation.gettext("Przejdź do treści") == "Skip to content"
        assert translation.gettext("Polecamy") == "Related"
    with translation.override("pl"):
        assert translation.gettext("Polecamy") == "Polecamy"


def test_the_catalogues_hold_every_message_of_the_sources(tmp_path):
    """A message added to the code but never extracted shows Polish to English readers (the
    admin's synonyms screen did): extract again from a copy of the sources and compare."""
    copy = tmp_path / "project"
    shutil.copytree(
        PROJECT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "media", "static", "test-artifacts", "*.sqlite3", "__pycache__"
        ),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--all", "-v", "0"], cwd=copy, check=True
    )
    for language in sorted(path.name for path in LOCALE.iterdir()):
        extracted = (copy / "locale" / language / "LC_MESSAGES" / "django.po").read_text(
            encoding="utf-8"
        )
        entries = re.findall(r'\nmsgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', extracted)
        missing = [msgid for msgid, msgstr in entries if msgid != '""\n' and msgstr == '""\n']
        assert missing == [], language
        assert not re.search(r'\nmsgstr\[\d\] ""\n(?!")', extracted), language
        assert "#, fuzzy" not in extracted, language


def test_the_registration_deadline_field_and_its_help_are_not_swapped_in_english():
    with translation.override("en"):
        assert translation.gettext("zamknięcie zapisów") == "registration closes"
        assert translation.gettext("Puste: od razu.") == "Empty: immediately."
