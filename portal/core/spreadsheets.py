"""Files organisers open in Polish Excel."""

import csv
import io

from django.http import HttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A value a spreadsheet shows as text, never evaluates: visitors' input that looks like
    a formula (=, +, -, @, tab, carriage return at the start) gets an apostrophe in front."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
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
