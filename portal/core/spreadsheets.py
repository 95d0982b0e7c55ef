"""Files organisers open in Polish Excel."""

import csv
import io
import unicodedata

from django.http import HttpResponse
from openpyxl import load_workbook
from openpyxl.styles import Font
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# XLSX cannot hold control characters other than tab and line breaks, nor surrogates and
# U+FFFE/U+FFFF; format characters (right-to-left overrides, zero-width spaces) would make a
# cell read other than it is.
UNREADABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
KEPT_CONTROLS = frozenset("\t\n\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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


class PolishExcelExportMixin(SpreadsheetExportMixin):
    """The one export path of the admin: Wagtail's spreadsheet export (`list_export`,
    `export_headings`, `?export=csv|xlsx`), bent so every cell goes through `safe_cell` and
    the CSV is what Polish Excel reads: semicolons, CRLF, UTF-8 with a BOM. Wagtail's own
    CSV is comma-separated and streamed without a BOM, so that part is written here; the
    XLSX keeps Wagtail's writer and can get a bold title row above the headings
    (`get_export_title`) and a sheet name (`export_sheet_name`)."""

    export_sheet_name = None

    def get_export_title(self):
        return None

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))

    def write_csv_response(self, queryset):
        buffer = io.StringIO()
        buffer.write("\ufeff")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([self.get_heading(queryset, field) for field in self.list_export])
        for item in queryset:
            row = self.to_row_dict(item)
            writer.writerow(
                [self.preprocess_field_value(field, row[field], self.FORMAT_CSV) for field in row]
            )
        response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def write_xlsx_response(self, queryset):
        """A plain response, like the CSV: exports are small, and a file that failed half-way
        is an error page, not a broken download."""
        output = io.BytesIO()
        self.write_xlsx(queryset, output)
        response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.xlsx"'
        return response

    def write_xlsx(self, queryset, output):
        """Wagtail's workbook, with the title row (when there is one) above the headings."""
        title = self.get_export_title()
        if title is None:
            super().write_xlsx(queryset, output)
            return
        scratch = io.BytesIO()
        super().write_xlsx(queryset, scratch)
        workbook = load_workbook(scratch)
        sheet = workbook.active
        if self.export_sheet_name:
            sheet.title = str(self.export_sheet_name)[:31]
        sheet.insert_rows(1)
        sheet["A1"] = safe_cell(str(title))
        sheet["A1"].data_type = "s"
        for cell in [sheet["A1"], *sheet[2]]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A3"
        workbook.save(output)
