"""Files organisers open in Polish Excel."""

import csv
import io
import unicodedata

from django.http import HttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# XLSX cannot hold control characters other than tab and line breaks, nor surrogates and
# U+FFFE/U+FFFF; format characters (right-to-left overrides, zero-width spaces) would make a
# cell read other than it is.
UNREADABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
KEPT_CONTROLS = frozenset("\t\n\r")


def readable_text(text):
    """The text without characters a spreadsheet cannot hold or would show falsely."""
    if text.isprintable():
        return text
    return "".join(
        character
        for character in text
        if character in KEPT_CONTROLS
        or (
            unicodedata.category(character) not in UNREADABLE_CATEGORIES
            and character not in "\ufffe\uffff"
        )
    )


def safe_cell(value):
    """A value a spreadsheet shows as text, never evaluates, and can hold: characters it
    cannot hold are dropped (see `readable_text`), and visitors' input that looks like a
    formula (=, +, -, @, tab, carriage return at the start) gets an apostrophe in front."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = readable_text(value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_response(header, rows, filename):
    """CSV as Polish Excel reads it: semicolons, CRLF, UTF-8 with a BOM."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
