"""Registration lists for organisers: CSV for Polish Excel and XLSX, both safe from
formula injection (see portal.core.spreadsheets)."""

import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from portal.core import spreadsheets
from portal.core.spreadsheets import safe_cell

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def columns():
    return [
        _("Status"),
        _("Miejsce na liście rezerwowej"),
        _("Zgłoszono"),
        _("Imię"),
        _("Nazwisko"),
        _("E-mail"),
        _("Telefon"),
        _("Organizacja"),
        _("Rodzaj organizacji"),
        _("Funkcja"),
        _("Liczba osób"),
        _("Potrzeby dostępności"),
        _("Obecność"),
        _("Język"),
    ]


def rows(registrations):
    """One row per registration, waitlist positions counted in order."""
    position = 0
    for registration in registrations:
        if registration.status == registration.Status.WAITLISTED:
            position += 1
        needs = registration.accessibility_need_labels()
        if registration.accessibility_details:
            needs.append(registration.accessibility_details)
        attended = {True: _("tak"), False: _("nie"), None: ""}[registration.attended]
        yield [
            registration.get_status_display(),
            position if registration.status == registration.Status.WAITLISTED else "",
            timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            registration.first_name,
            registration.last_name,
            registration.email or "",
            registration.phone,
            registration.organisation,
            registration.get_organisation_type_display(),
            registration.role,
            registration.people,
            "; ".join(str(need) for need in needs),
            attended,
            registration.language,
        ]


def csv_response(registrations, filename):
    rows_in_order = rows(registrations.in_list_order())
    return spreadsheets.csv_response(columns(), rows_in_order, f"{filename}.csv")


def xlsx_response(registrations, filename, title):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Zgłoszenia")[:31]
    sheet.append([safe_cell(title)])
    sheet["A1"].font = Font(bold=True)
    sheet.append(columns())
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows(registrations.in_list_order()):
        sheet.append([safe_cell(value) for value in row])
        # openpyxl would store a string beginning with "=" as a formula; ours are text.
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
