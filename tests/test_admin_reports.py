"""Reports under "Raporty" in the admin, on Wagtail's ReportView: who may open them and what
they download."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from openpyxl import load_workbook

from search.models import UnansweredQuery

pytestmark = pytest.mark.django_db

REPORT = "/admin/wyszukiwarka/bez-wynikow/"


@pytest.fixture
def unanswered():
    UnansweredQuery.objects.create(query_string="jemiołowe", language="pl", hits=3)
    UnansweredQuery.objects.create(query_string='=HYPERLINK("http://x","y")', language="en")


def editor(username, perms=()):
    user = User.objects.create_user(username=username, password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(codename__in=perms),
    )
    return user


def test_the_report_keeps_its_address_heading_and_menu_item(admin_client, unanswered):
    response = admin_client.get(reverse("unanswered_queries"))

    assert reverse("unanswered_queries") == REPORT
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Zapytania bez wyników" in html
    assert "jemiołowe" in html and "Liczba wyszukań" in html
    reports_menu = admin_client.get("/admin/").content.decode()
    assert REPORT in reports_menu


def test_the_report_says_when_every_query_found_something(admin_client):
    html = admin_client.get(REPORT).content.decode()

    assert "Na razie każde zapytanie coś znalazło." in html


def test_only_editors_with_the_permission_see_the_report(client, unanswered):
    client.force_login(editor("redaktor"))
    assert client.get(REPORT).status_code == 302
    assert client.get(REPORT, {"export": "csv"}).status_code == 302

    client.force_login(editor("analityk", perms=["view_unansweredquery"]))
    assert client.get(REPORT).status_code == 200


def test_the_report_downloads_as_csv_for_polish_excel_and_as_xlsx(admin_client, unanswered):
    """The same export path as the registrations: formula-like queries stay text."""
    response = admin_client.get(REPORT, {"export": "csv"})

    assert response.content.startswith(b"\xef\xbb\xbf")
    assert response["Content-Disposition"] == 'attachment; filename="zapytania-bez-wynikow.csv"'
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["Zapytanie", "Język", "Liczba wyszukań", "Ostatnio"]
    assert [row[0] for row in rows[1:]] == ["jemiołowe", '\'=HYPERLINK("http://x","y")']

    sheet = load_workbook(io.BytesIO(admin_client.get(REPORT, {"export": "xlsx"}).content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)
    assert '\'=HYPERLINK("http://x","y")' in [cell.value for cell in cells]
