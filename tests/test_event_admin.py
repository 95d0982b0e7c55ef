"""Organisers' side of meeting sign-ups in the Wagtail admin (one viewset): exports that open
safely in Polish Excel, who may see whose personal data, the list at the door, and cancelling
or moving a registration without losing anybody's place on the waitlist. Stands on a small
factory-built tree: two zones and a central "Spotkania" page."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import RequestFactory
from django.urls import reverse
from openpyxl import load_workbook

from portal.events import booking
from portal.events.admin_views import CancelRegistrationView
from portal.events.models import Registration
from portal.events.permissions import REGISTRATION_MANAGERS_GROUP_NAME
from tests.conftest import signup_details
from tests.factories import EventIndexPageFactory, EventPageFactory, UserFactory, zone_editor
from tests.tree import build_tree

pytestmark = pytest.mark.django_db

Status = Registration.Status
FORMULA = '=HYPERLINK("http://x","y")'
HEADER = [
    "Status",
    "Miejsce na liście rezerwowej",
    "Zgłoszono",
    "Imię",
    "Nazwisko",
    "E-mail",
    "Telefon",
    "Organizacja",
    "Rodzaj organizacji",
    "Funkcja",
    "Liczba osób",
    "Potrzeby dostępności",
    "Obecność",
    "Język",
    "Osoba nr",
    "Nr zgłoszenia",
]
NAME = HEADER.index("Nazwisko")
ORGANISATION = HEADER.index("Organizacja")
POSITION = HEADER.index("Miejsce na liście rezerwowej")


def url(name, *args):
    return reverse(f"event_registrations:{name}", args=args)


def sign_up(page, number, **overrides):
    """A real sign-up (locks, seats, waitlist), as the public form makes it."""
    return booking.register(page, language="pl", **signup_details(number, **overrides))


@pytest.fixture
def tree():
    return build_tree(zone_names=("WTZ", "Biznesu"))


@pytest.fixture
def wtz_zone(tree):
    return tree.zones["WTZ"]


@pytest.fixture
def business_zone(tree):
    return tree.zones["Biznesu"]


@pytest.fixture
def meetings(tree):
    return EventIndexPageFactory(parent=tree.home, slug="spotkania")


@pytest.fixture
def wtz_meeting(wtz_zone):
    return EventPageFactory(parent=wtz_zone, title="Spotkanie w strefie WTZ", capacity=5)


@pytest.fixture
def central_meeting(meetings):
    return EventPageFactory(parent=meetings, title="Spotkanie ogólnopolskie", capacity=5)


def organiser(username, zone=None, perms=("view_registration", "change_registration")):
    """An admin user: editor of `zone` (if given) with the given registration permissions."""
    user = zone_editor(zone, username) if zone is not None else UserFactory(username=username)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=perms)
    )
    return user


@pytest.fixture
def superuser():
    return User.objects.create_superuser(username="szef", password="x", email="szef@example.org")


@pytest.fixture
def admin(client, superuser):
    client.force_login(superuser)
    return client


# Exports --------------------------------------------------------------------------------------


@pytest.fixture
def mixed_meeting(central_meeting):
    """Two confirmed, two on the waitlist and one cancelled registration (created first, so
    only the export's ordering can put it last)."""
    central_meeting.capacity = 2
    central_meeting.save()
    booking.cancel(sign_up(central_meeting, 0, last_name="Wycofana"))
    sign_up(central_meeting, 1, last_name="Pierwsza")
    sign_up(central_meeting, 2, last_name=FORMULA, organisation="Spółdzielnia „Łąka”")
    sign_up(central_meeting, 3, last_name="Rezerwowa1")
    sign_up(central_meeting, 4, last_name="Rezerwowa2")
    return central_meeting


def csv_rows(response):
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf"), "without the BOM Excel reads UTF-8 as CP1250"
    assert content.count(b"\n") == content.count(b"\r\n"), "every line must end with CRLF"
    text = content[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_export_opens_in_polish_excel(admin, mixed_meeting):
    """Polish Excel needs the BOM, semicolons and CRLF, or organisers get mojibake in one
    column."""
    response = admin.get(url("export_csv", mixed_meeting.pk))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith('.csv"')
    rows = csv_rows(response)
    assert rows[0] == HEADER
    assert all(len(row) == len(HEADER) for row in rows)
    assert "Spółdzielnia „Łąka”" in [row[ORGANISATION] for row in rows]


def test_csv_lists_confirmed_then_waitlist_in_order_then_cancelled(admin, mixed_meeting):
    """Organisers read the file top-down: who comes, who is next in line, who dropped out."""
    rows = csv_rows(admin.get(url("export_csv", mixed_meeting.pk)))[1:]

    assert [(row[0], row[POSITION], row[NAME]) for row in rows] == [
        ("potwierdzone", "", "Pierwsza"),
        ("potwierdzone", "", "'" + FORMULA),
        ("lista rezerwowa", "1", "Rezerwowa1"),
        ("lista rezerwowa", "2", "Rezerwowa2"),
        ("anulowane", "", "Wycofana"),
    ]


@pytest.mark.parametrize(
    "typed", [FORMULA, "+48 600 100 200", "-2+3", "@SUM(A1:A9)", "\tukryte", "\rukryte"]
)
def test_csv_shows_formula_like_values_as_text(admin, central_meeting, typed):
    """A visitor must not be able to plant a formula that runs on the organiser's computer."""
    sign_up(central_meeting, 1, last_name=typed, role=typed)

    row = csv_rows(admin.get(url("export_csv", central_meeting.pk)))[1]

    assert row[NAME] == "'" + typed
    assert row[HEADER.index("Funkcja")] == "'" + typed


def test_xlsx_export_stores_formula_like_values_as_text(admin, mixed_meeting):
    """The same protection in XLSX: the cell is a string, never a formula."""
    response = admin.get(url("export_xlsx", mixed_meeting.pk))

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows())
    assert rows[0][0].value == mixed_meeting.title
    assert [cell.value for cell in rows[1]] == HEADER
    registrations = rows[2:]
    assert len(registrations) == mixed_meeting.registration_set.count() == 5
    assert [row[0].value for row in registrations] == [
        "potwierdzone",
        "potwierdzone",
        "lista rezerwowa",
        "lista rezerwowa",
        "anulowane",
    ]
    formula_cell = registrations[1][NAME]
    assert formula_cell.data_type == "s"
    assert formula_cell.value == "'" + FORMULA
    assert registrations[1][ORGANISATION].value == "Spółdzielnia „Łąka”"
    assert not any(cell.data_type == "f" for row in rows for cell in row)


# Who sees personal data ----------------------------------------------------------------------


def assert_refused(response, address=""):
    """Wagtail answers PermissionDenied in its admin with a redirect to the admin home and
    an error message (a 403 only for XHR), so nothing of the page is served."""
    assert response.status_code == 302, address
    assert response.url == reverse("wagtailadmin_home"), address


def personal_data_urls(meeting):
    """The list, its downloads (both addresses of each), the attendance list and its print."""
    return [
        url("list", meeting.pk),
        url("list", meeting.pk) + "?export=csv",
        url("list", meeting.pk) + "?export=xlsx",
        url("export_csv", meeting.pk),
        url("export_xlsx", meeting.pk),
        url("attendance", meeting.pk),
        url("attendance", meeting.pk) + "?druk=1",
    ]


def test_the_registration_list_has_one_search_form(admin, mixed_meeting):
    """Wagtail's page header shows a context variable called `search` as its own search box:
    the list's form once in the header and once below gave every field twice, with the same
    ids, so a label pointed at two inputs."""
    html = admin.get(url("list", mixed_meeting.pk)).content.decode()

    assert html.count('id="id_q"') == 1
    assert html.count('id="id_status"') == 1


def test_zone_editor_with_permissions_sees_own_zones_registrations(client, wtz_zone, wtz_meeting):
    """WTZ editors organise the WTZ meetings, so they need the list, exports and attendance."""
    sign_up(wtz_meeting, 1)
    client.force_login(organiser("wtz", wtz_zone))

    for address in personal_data_urls(wtz_meeting):
        assert client.get(address).status_code == 200, address


def test_the_organisers_group_grants_the_right_to_participants_data(
    client, wtz_zone, wtz_meeting, central_meeting
):
    """The ready-made group is how an administrator gives a zone editor that right."""
    user = organiser("wtz-organiser", wtz_zone, perms=())
    client.force_login(user)
    assert client.get(url("list", wtz_meeting.pk)).status_code == 302

    user.groups.add(Group.objects.get(name=REGISTRATION_MANAGERS_GROUP_NAME))
    user = User.objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get(url("list", wtz_meeting.pk)).status_code == 200
    assert client.get(url("list", central_meeting.pk)).status_code == 302


def test_editor_of_another_zone_gets_no_personal_data(
    client, business_zone, wtz_meeting, central_meeting
):
    """Registration permissions alone are not enough: the meeting must be in the user's zone.
    Nothing of another zone's meeting is shown, downloaded or changed."""
    sign_up(wtz_meeting, 1)
    registration = sign_up(wtz_meeting, 2)
    client.force_login(organiser("biznes", business_zone))

    for address in personal_data_urls(wtz_meeting):
        assert_refused(client.get(address), address)
    for name in ("cancel", "move"):
        assert_refused(client.get(url(name, registration.pk)), name)
    assert_refused(client.post(url("attendance", wtz_meeting.pk), {"attended": [registration.pk]}))
    assert_refused(client.post(url("cancel", registration.pk)))
    assert_refused(client.post(url("move", registration.pk), {"target": central_meeting.pk}))
    registration.refresh_from_db()
    assert (registration.status, registration.event_id) == (Status.CONFIRMED, wtz_meeting.pk)
    assert registration.attended is None


def base_queryset(user, registration):
    """The registrations the viewset's views start from, for `user`."""
    view = CancelRegistrationView()
    view.setup(RequestFactory().get("/"), registration_id=registration.pk)
    view.request.user = user
    return set(view.get_base_queryset())


def test_the_viewsets_base_queryset_holds_only_registrations_the_user_may_see(
    wtz_zone, business_zone, wtz_meeting, central_meeting, superuser
):
    """The personal-data rule lives in one place, which every view of the viewset uses."""
    business_meeting = EventPageFactory(parent=business_zone)
    own = sign_up(wtz_meeting, 1)
    central = sign_up(central_meeting, 2)
    other = sign_up(business_meeting, 3)

    assert base_queryset(organiser("wtz", wtz_zone), own) == {own}
    assert base_queryset(organiser("biznes", business_zone), own) == {other}
    assert base_queryset(organiser("wtz-bez-praw", wtz_zone, perms=()), own) == set()
    assert base_queryset(superuser, own) == {own, central, other}


def test_zone_editor_without_view_permission_gets_no_personal_data(client, wtz_zone, wtz_meeting):
    """Editing the meeting's page does not by itself open the list of the people coming."""
    client.force_login(organiser("wtz", wtz_zone, perms=()))

    for address in [url("index"), *personal_data_urls(wtz_meeting)]:
        assert_refused(client.get(address), address)


def test_viewing_without_change_permission_cannot_cancel_or_mark_attendance(
    client, wtz_zone, wtz_meeting
):
    """`view_registration` is read-only: changes need `change_registration`."""
    registration = sign_up(wtz_meeting, 1)
    client.force_login(organiser("wtz", wtz_zone, perms=("view_registration",)))

    assert client.get(url("list", wtz_meeting.pk)).status_code == 200
    assert client.get(url("attendance", wtz_meeting.pk)).status_code == 200
    assert_refused(client.post(url("attendance", wtz_meeting.pk), {"attended": [registration.pk]}))
    assert_refused(client.post(url("cancel", registration.pk)))
    registration.refresh_from_db()
    assert (registration.status, registration.attended) == (Status.CONFIRMED, None)


def list_links(response):
    return set(re.findall(r'href="(/admin/spotkania/\d+/)"', response.content.decode()))


def test_index_lists_only_meetings_the_user_may_see(client, wtz_zone, wtz_meeting, central_meeting):
    """The index must not even reveal titles and numbers of other zones' meetings."""
    client.force_login(organiser("wtz", wtz_zone))

    links = list_links(client.get(url("index")))

    assert url("list", wtz_meeting.pk) in links
    assert url("list", central_meeting.pk) not in links
    for link in links:
        page_id = int(link.rstrip("/").rsplit("/", 1)[1])
        meeting = wtz_meeting.__class__.objects.get(pk=page_id)
        assert meeting.path.startswith(wtz_zone.path), meeting.url_path


def test_superuser_sees_every_meeting(admin, wtz_meeting, central_meeting):
    links = list_links(admin.get(url("index")))

    assert {url("list", wtz_meeting.pk), url("list", central_meeting.pk)} <= links
    for address in personal_data_urls(wtz_meeting) + personal_data_urls(central_meeting):
        assert admin.get(address).status_code == 200, address


# Attendance -----------------------------------------------------------------------------------


@pytest.fixture
def attendance_meeting(central_meeting):
    """Confirmed Adamska and Borowski, Czajka on the waitlist, Dudek cancelled."""
    central_meeting.capacity = 2
    central_meeting.save()
    booking.cancel(sign_up(central_meeting, 4, last_name="Dudek"))
    sign_up(central_meeting, 1, last_name="Adamska")
    sign_up(central_meeting, 2, last_name="Borowski")
    sign_up(central_meeting, 3, last_name="Czajka")
    return central_meeting


def test_attendance_lists_only_confirmed_people(admin, attendance_meeting):
    """Only people with a seat are expected at the door."""
    html = admin.get(url("attendance", attendance_meeting.pk)).content.decode()

    assert "Adamska" in html and "Borowski" in html
    assert "Czajka" not in html and "Dudek" not in html
    assert html.count('name="attended"') == 2


def test_attendance_print_version_is_a_standalone_page(admin, attendance_meeting):
    """The printed list is one plain table, without the admin's menus."""
    response = admin.get(url("attendance", attendance_meeting.pk), {"druk": "1"})
    html = response.content.decode()

    assert response.status_code == 200
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert "sidebar" not in html
    rows = re.findall(r'<td class="number">(\d+)</td>', html)
    assert rows == ["1", "2"]
    assert "Adamska" in html and "Borowski" in html
    assert "Czajka" not in html and "Dudek" not in html


def test_attendance_marks_who_came(admin, attendance_meeting):
    """Ticked people came; everyone else confirmed is recorded as absent."""
    came = attendance_meeting.registration_set.get(last_name="Adamska")

    response = admin.post(
        url("attendance", attendance_meeting.pk), {"attended": [came.attendees.get().pk]}
    )

    assert response.status_code == 302
    assert response.url == url("attendance", attendance_meeting.pk)
    attended = dict(attendance_meeting.registration_set.values_list("last_name", "attended"))
    assert attended == {"Adamska": True, "Borowski": False, "Czajka": None, "Dudek": None}


# Cancelling and moving ------------------------------------------------------------------------


@pytest.fixture
def full_meeting(central_meeting):
    """One seat, taken by Zajęta; Rezerwowa waits for it."""
    central_meeting.capacity = 1
    central_meeting.save()
    sign_up(central_meeting, 1, first_name="Zofia", last_name="Zajęta")
    sign_up(central_meeting, 2, first_name="Renata", last_name="Rezerwowa")
    return central_meeting


def registration(meeting, last_name):
    return Registration.objects.get(event=meeting, last_name=last_name)


def test_admin_cancel_asks_first(admin, full_meeting):
    """A GET never cancels: the organiser confirms with a button."""
    taken = registration(full_meeting, "Zajęta")

    response = admin.get(url("cancel", taken.pk))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Zofia Zajęta" in html and "Tak, anuluj zgłoszenie" in html
    taken.refresh_from_db()
    assert taken.status == Status.CONFIRMED


def test_admin_cancel_gives_the_seat_to_the_waitlist(
    admin, full_meeting, django_capture_on_commit_callbacks, mailoutbox
):
    """The freed seat goes to the first person waiting, who is told by e-mail."""
    taken = registration(full_meeting, "Zajęta")

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url("cancel", taken.pk))

    assert response.status_code == 302
    assert response.url == url("list", full_meeting.pk)
    taken.refresh_from_db()
    waiting = registration(full_meeting, "Rezerwowa")
    assert taken.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED
    promoted = [mail for mail in mailoutbox if mail.to == [waiting.email]]
    assert len(promoted) == 1
    assert promoted[0].subject.startswith("Zwolniło się miejsce")
    assert full_meeting.title in promoted[0].subject
    assert [mail.to for mail in mailoutbox if mail is not promoted[0]] == [[taken.email]]


def test_move_to_meeting_with_free_seats_confirms_and_promotes_old_waitlist(
    admin, full_meeting, wtz_meeting
):
    """Moving someone frees their old seat for the next person waiting there."""
    moved = registration(full_meeting, "Zajęta")

    response = admin.post(url("move", moved.pk), {"target": wtz_meeting.pk})

    assert response.status_code == 302
    moved.refresh_from_db()
    assert (moved.event_id, moved.status) == (wtz_meeting.pk, Status.CONFIRMED)
    assert registration(full_meeting, "Rezerwowa").status == Status.CONFIRMED


def test_move_to_full_meeting_joins_the_end_of_its_waitlist(admin, full_meeting, wtz_meeting):
    """People already waiting there keep their places."""
    wtz_meeting.capacity = 1
    wtz_meeting.save()
    sign_up(wtz_meeting, 5, last_name="Obecna")
    already_waiting = sign_up(wtz_meeting, 6, last_name="Czekająca")
    moved = registration(full_meeting, "Zajęta")

    response = admin.post(url("move", moved.pk), {"target": wtz_meeting.pk})

    assert response.status_code == 302
    moved.refresh_from_db()
    assert (moved.event_id, moved.status) == (wtz_meeting.pk, Status.WAITLISTED)
    assert already_waiting.waitlist_position() == 1
    assert moved.waitlist_position() == 2
    assert registration(full_meeting, "Rezerwowa").status == Status.CONFIRMED


def test_move_refuses_a_second_registration_with_the_same_email(admin, full_meeting, wtz_meeting):
    """One active registration per address and meeting, also when an organiser moves one."""
    moved = registration(full_meeting, "Zajęta")
    sign_up(wtz_meeting, 9, email=moved.email, last_name="Duplikat")

    response = admin.post(url("move", moved.pk), {"target": wtz_meeting.pk})

    assert response.status_code == 400
    assert "Ten adres e-mail jest już zapisany na to spotkanie." in response.content.decode()
    moved.refresh_from_db()
    assert (moved.event_id, moved.status) == (full_meeting.pk, Status.CONFIRMED)
    assert registration(full_meeting, "Rezerwowa").status == Status.WAITLISTED
    assert wtz_meeting.registration_set.count() == 1


# The page editor ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("perms", "shown"),
    [(("view_registration",), True), ((), False)],
    ids=["with-view-permission", "without-view-permission"],
)
def test_page_editor_header_links_to_registrations(client, wtz_zone, wtz_meeting, perms, shown):
    """Organisers get from the meeting's page straight to its sign-ups; others do not."""
    client.force_login(organiser("wtz", wtz_zone, perms=perms))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[wtz_meeting.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    link = f'href="{url("list", wtz_meeting.pk)}"'
    assert (link in html) is shown
    assert ("Zgłoszenia" in html) is shown
