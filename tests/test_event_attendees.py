"""Named attendees: a registration for several people names each of them, every one takes a
seat, has a line, a signature box and an attendance mark, and is erased with the
registration."""

import csv
import datetime
import importlib
import io
import re

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from portal.events import booking
from portal.events.models import Attendee, Registration
from tests import factories
from tests.conftest import signup_details
from tests.test_event_erasure import rows_holding

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(
        parent=event_index, title="Spotkanie w Łodzi", capacity=5, max_people_per_registration=3
    )


@pytest.fixture
def admin(client):
    client.force_login(User.objects.create_superuser("szef", "szef@example.org", "x"))
    return client


def colleagues(*names, **extra):
    return [
        {"first_name": first, "last_name": last, **extra}
        for first, last in (name.split() for name in names)
    ]


def group(page, number, *names):
    """A real sign-up of a person and the colleagues named."""
    return booking.register(
        page, language="pl", **signup_details(number, companions=colleagues(*names))
    )


def form_data(**overrides):
    data = {
        "first_name": "Jan",
        "last_name": "Kowalski",
        "email": "jan@example.org",
        "phone": "",
        "organisation": "Gmina Wiśniowa",
        "organisation_type": "jst",
        "role": "inspektor",
        "privacy_consent": "on",
        "website": "",
        "osoba2-first_name": "",
        "osoba2-last_name": "",
        "osoba2-email": "",
        "osoba3-first_name": "",
        "osoba3-last_name": "",
        "osoba3-email": "",
    }
    data.update(overrides)
    return data


def error_next_to(html, field_id):
    match = re.search(rf'<p class="form-field__error" id="{field_id}_error">([^<]*)</p>', html)
    return match.group(1) if match else None


# Seats, the waitlist and promotion count people ----------------------------------------------


def test_a_group_takes_one_seat_per_attendee_and_the_next_group_waits(meeting):
    first = group(meeting, 0, "Ewa Lisiewicz", "Olga Sowińska")
    second = group(meeting, 1, "Piotr Wróbel", "Adam Kos")

    assert (first.status, first.people, first.attendees.count()) == (Status.CONFIRMED, 3, 3)
    assert (second.status, second.people, second.attendees.count()) == (Status.WAITLISTED, 3, 3)
    meeting.refresh_from_db()
    assert meeting.seats_left == 2


def test_cancelling_a_group_promotes_the_waiting_group(meeting):
    first = group(meeting, 0, "Ewa Lisiewicz", "Olga Sowińska")
    second = group(meeting, 1, "Piotr Wróbel", "Adam Kos")

    promoted = booking.cancel(first)

    assert [registration.pk for registration in promoted] == [second.pk]
    assert Registration.objects.get(pk=second.pk).status == Status.CONFIRMED


def test_a_smaller_group_behind_moves_up_when_only_its_seats_are_free(meeting):
    group(meeting, 0, "Ewa Lisiewicz", "Olga Sowińska")
    big = group(meeting, 1, "Piotr Wróbel", "Adam Kos")
    small = group(meeting, 2, "Iga Nowak")
    assert small.status == Status.CONFIRMED  # 3 + 2 = 5 seats

    booking.cancel(small)
    assert Registration.objects.get(pk=big.pk).status == Status.WAITLISTED


def test_more_attendees_than_the_meeting_allows_are_refused(meeting):
    with pytest.raises(booking.SignupRefused) as refusal:
        group(meeting, 0, "Ewa Lisiewicz", "Olga Sowińska", "Adam Kos")
    assert refusal.value.reason == booking.SignupRefused.TOO_MANY_PEOPLE
    assert not Attendee.objects.exists()


def test_the_registering_person_is_attendee_one_and_is_not_stored_twice(meeting):
    registration = group(meeting, 0, "Ewa Lisiewicz")

    contact, colleague = registration.attendees.order_by("number")
    assert (contact.number, contact.first_name, contact.last_name, contact.email) == (1, "", "", "")
    assert contact.names() == ("Anna", "Nowak0")
    assert contact.contact_email() == "osoba0@example.org"
    assert (colleague.number, colleague.display_name()) == (2, "Ewa Lisiewicz")


# The sign-up form ------------------------------------------------------------------------------


def test_the_form_offers_a_row_per_colleague_the_meeting_allows(client, meeting):
    html = client.get(meeting.url).content.decode()

    assert 'name="osoba2-first_name"' in html and 'name="osoba3-first_name"' in html
    assert 'name="osoba4-first_name"' not in html
    assert 'name="people"' not in html


def test_signing_up_two_named_colleagues_through_the_form(client, meeting):
    response = client.post(
        meeting.url,
        form_data(
            **{
                "osoba2-first_name": "Ewa",
                "osoba2-last_name": "Lisiewicz",
                "osoba2-email": "Ewa.Lis@Example.org",
                "osoba3-first_name": "Olga",
                "osoba3-last_name": "Sowińska",
            }
        ),
    )

    assert response.status_code == 302
    registration = Registration.objects.get(event=meeting)
    assert registration.people == 3
    assert [
        (attendee.number, attendee.display_name(), attendee.contact_email())
        for attendee in registration.attendees.order_by("number")
    ] == [
        (1, "Jan Kowalski", "jan@example.org"),
        (2, "Ewa Lisiewicz", "ewa.lis@example.org"),
        (3, "Olga Sowińska", ""),
    ]
    manage_page = client.get(response.url).content.decode()
    assert "Ewa Lisiewicz" in manage_page and "Olga Sowińska" in manage_page


def test_blank_rows_are_nobody(client, meeting):
    response = client.post(
        meeting.url, form_data(**{"osoba3-first_name": "Olga", "osoba3-last_name": "Sowińska"})
    )

    assert response.status_code == 302
    registration = Registration.objects.get(event=meeting)
    assert registration.people == 2
    assert registration.attendees.get(number=2).display_name() == "Olga Sowińska"


def test_each_rows_errors_are_shown_next_to_its_fields_and_nothing_typed_is_lost(client, meeting):
    response = client.post(
        meeting.url,
        form_data(
            **{
                "osoba2-first_name": "Ewa",
                "osoba3-last_name": "Sowińska",
                "osoba3-email": "sowa@",
            }
        ),
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert error_next_to(html, "id_osoba2-last_name") == (
        "Podaj nazwisko tej osoby albo wyczyść cały wiersz."
    )
    assert error_next_to(html, "id_osoba3-first_name") == (
        "Podaj imię tej osoby albo wyczyść cały wiersz."
    )
    assert error_next_to(html, "id_osoba3-email") is not None
    assert error_next_to(html, "id_osoba2-first_name") is None
    # The summary above the form names the person of each error and links to the field.
    assert '<a href="#id_osoba2-last_name">Osoba 2, Nazwisko: ' in html
    # What was typed comes back.
    assert 'value="Ewa"' in html and 'value="Sowińska"' in html and 'value="sowa@"' in html
    assert 'value="Kowalski"' in html
    assert not Registration.objects.exists()


def test_row_errors_in_english(client, meeting, english_event_index, en_locale):
    english = meeting.copy_for_translation(en_locale)
    english.save_revision().publish()

    html = client.post(english.url, form_data(**{"osoba2-first_name": "Ewa"})).content.decode()

    assert error_next_to(html, "id_osoba2-last_name") == (
        "Enter this person&#x27;s last name or clear the whole row."
    )
    assert "Colleagues coming with you (optional)" in html


def test_a_colleagues_needs_require_the_consent_and_are_stored_with_them(client, meeting):
    row = {
        "osoba2-first_name": "Ewa",
        "osoba2-last_name": "Lisiewicz",
        "osoba2-accessibility_needs": "pjm",
    }

    refused = client.post(meeting.url, form_data(**row))
    assert refused.status_code == 400
    assert error_next_to(refused.content.decode(), "id_accessibility_consent")
    assert not Registration.objects.exists()

    accepted = client.post(meeting.url, form_data(accessibility_consent="on", **row))
    assert accepted.status_code == 302
    registration = Registration.objects.get(event=meeting)
    assert registration.accessibility_consent_at is not None
    assert registration.attendees.get(number=2).accessibility_needs == ["pjm"]
    assert registration.all_accessibility_needs() == ["pjm"]


# The organisers' list, exports and attendance ----------------------------------------------


@pytest.fixture
def groups(meeting):
    """A group of three (one colleague needs an interpreter) and a person alone, both
    confirmed; a cancelled group that nobody expects."""
    booking.cancel(group(meeting, 9, "Zenon Wycofany"))
    trio = booking.register(
        meeting,
        language="pl",
        **signup_details(
            0,
            last_name="Adamska",
            companions=[
                {"first_name": "Ewa", "last_name": "Lisiewicz", "accessibility_needs": ["pjm"]},
                {"first_name": "Olga", "last_name": "Sowińska", "email": "olga@example.org"},
            ],
            accessibility_consent_at=timezone.now(),
        ),
    )
    alone = booking.register(meeting, language="pl", **signup_details(1, last_name="Borowski"))
    return trio, alone


def test_the_csv_has_one_row_per_attendee(admin, meeting, groups):
    trio, alone = groups
    response = admin.get(reverse("event_registrations:export_csv", args=[meeting.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    header, rows = rows[0], rows[1:]
    column = {name: header.index(name) for name in header}

    confirmed = [row for row in rows if row[column["Status"]] == "potwierdzone"]
    assert [
        (
            row[column["Nr zgłoszenia"]],
            row[column["Osoba nr"]],
            row[column["Nazwisko"]],
            row[column["E-mail"]],
            row[column["Potrzeby dostępności"]],
        )
        for row in confirmed
    ] == [
        (str(trio.pk), "1", "Adamska", "osoba0@example.org", ""),
        (str(trio.pk), "2", "Lisiewicz", "", "Tłumacz polskiego języka migowego (PJM)"),
        (str(trio.pk), "3", "Sowińska", "olga@example.org", ""),
        (str(alone.pk), "1", "Borowski", "osoba1@example.org", ""),
    ]
    # The contact's phone and role are on their own row only.
    assert confirmed[1][column["Funkcja"]] == "" and confirmed[0][column["Funkcja"]]
    assert len(rows) == 6  # and the cancelled registration's two people


def test_the_admin_list_shows_every_attendee(admin, meeting, groups):
    html = admin.get(reverse("event_registrations:list", args=[meeting.pk])).content.decode()

    assert html.count('class="registration-attendee"') == 3  # Lisiewicz, Sowińska, Wycofany
    assert "↳ Ewa Lisiewicz" in html and "olga@example.org" in html


def test_the_admin_search_finds_a_registration_by_a_colleagues_name(admin, meeting, groups):
    trio, _alone = groups
    response = admin.get(reverse("event_registrations:list", args=[meeting.pk]), {"q": "sowińska"})

    assert [registration.pk for registration in response.context["registrations"]] == [trio.pk]


def test_the_printed_attendance_list_has_a_line_and_signature_box_per_attendee(
    admin, meeting, groups
):
    html = admin.get(
        reverse("event_registrations:attendance", args=[meeting.pk]), {"druk": "1"}
    ).content.decode()

    names = re.findall(
        r'<tr class="attendee">\s*<td class="number">(\d+)</td>\s*<td>([^<]+)</td>', html
    )
    assert names == [
        ("1", "Adamska Anna"),
        ("2", "Lisiewicz Ewa"),
        ("3", "Sowińska Olga"),
        ("4", "Borowski Anna"),
    ]
    assert html.count('<td class="signature"></td>') == 4
    assert "Wycofany" not in html
    # Everyone who signs sees the sheet: needs (possibly health data) stay on the screen list.
    assert "Tłumacz polskiego języka migowego (PJM)" not in html
    assert "Potrzeby dostępności" not in html


def test_attendance_is_marked_per_attendee(admin, meeting, groups):
    trio, alone = groups
    lis = trio.attendees.get(number=2)
    url = reverse("event_registrations:attendance", args=[meeting.pk])
    html = admin.get(url).content.decode()
    assert html.count('name="attended"') == 4

    response = admin.post(url, {"attended": [lis.pk]})

    assert response.status_code == 302
    marks = {
        (attendee.registration_id, attendee.number): attendee.attended
        for attendee in Attendee.objects.filter(registration__in=[trio, alone])
    }
    assert marks == {
        (trio.pk, 1): False,
        (trio.pk, 2): True,
        (trio.pk, 3): False,
        (alone.pk, 1): False,
    }
    # The registration's own mark, for the statistics: someone of it came.
    assert Registration.objects.get(pk=trio.pk).attended is True
    assert Registration.objects.get(pk=alone.pk).attended is False


# Erasure and retention --------------------------------------------------------------------------


def test_erasing_through_the_personal_link_erases_every_attendee(client, meeting, groups):
    trio, _alone = groups

    response = client.post(f"{meeting.url}zgloszenie/{trio.token}/", {"action": "erase"})

    assert response.status_code == 200
    for text in ("Adamska", "Lisiewicz", "Sowińska", "olga@example.org"):
        assert rows_holding(text) == [], text
    assert Attendee.objects.filter(registration=trio, accessibility_needs=["pjm"]).count() == 0
    assert trio.attendees.count() == 3  # the anonymous count of people stays
    assert Registration.objects.get(pk=trio.pk).status == Status.CANCELLED


def test_the_retention_purge_erases_attendees_and_their_needs(event_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 180
    settings.EVENT_ACCESSIBILITY_RETENTION_DAYS = 1

    def ended(days_ago):
        end = timezone.now() - datetime.timedelta(days=days_ago)
        return factories.EventPageFactory(
            parent=event_index, start=end - datetime.timedelta(hours=2), end=end
        )

    old = factories.RegistrationFactory(
        event=ended(200),
        people=2,
        attendees=[{"first_name": "Ewa", "last_name": "Starsza", "email": "ewa@example.org"}],
    )
    recent = factories.RegistrationFactory(
        event=ended(3),
        people=2,
        attendees=[{"first_name": "Iga", "last_name": "Młodsza", "accessibility_needs": ["pjm"]}],
    )

    output = io.StringIO()
    call_command("purge_registration_data", stdout=output)

    assert "accessibility needs erased: 1" in output.getvalue()
    assert rows_holding("Starsza") == [] and rows_holding("ewa@example.org") == []
    assert old.attendees.count() == 2
    colleague = recent.attendees.get(number=2)
    assert (colleague.display_name(), colleague.accessibility_needs) == ("Iga Młodsza", [])


# Registrations made before attendees were named ------------------------------------------------


def test_the_migration_gives_old_registrations_their_attendees(meeting):
    old = factories.RegistrationFactory(event=meeting, people=3, attended=True)
    old.attendees.all().delete()
    migration = importlib.import_module(
        "portal.events.migrations.0009_attendees_of_existing_registrations"
    )

    migration.add_attendees(apps, None)
    migration.add_attendees(apps, None)  # run again: nothing doubles

    attendees = list(Registration.objects.get(pk=old.pk).attendees.order_by("number"))
    assert [attendee.number for attendee in attendees] == [1, 2, 3]
    assert all(attendee.attended is True for attendee in attendees)
    assert [attendee.display_name() for attendee in attendees] == [
        str(old),
        "Osoba towarzysząca 2",
        "Osoba towarzysząca 3",
    ]
