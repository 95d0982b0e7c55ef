"""Every interface string has Polish and English text."""

import re
from pathlib import Path

import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def po_entries(language):
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    return re.findall(r'\nmsgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', text)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_message_is_translated_and_none_is_fuzzy(language):
    entries = po_entries(language)
    assert len(entries) > 100
    untranslated = [
        msgid for msgid, msgstr in entries if msgid.strip() != '""' and msgstr.strip() == '""'
    ]
    assert untranslated == []
    po_text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po_text


def test_compiled_english_catalogue_is_used():
    with translation.override("en"):
        assert translation.gettext("Przejdź do treści") == "Skip to content"
        assert translation.gettext("Polecamy") == "Related"
    with translation.override("pl"):
        assert translation.gettext("Polecamy") == "Polecamy"
