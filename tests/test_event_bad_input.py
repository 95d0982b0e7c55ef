"""Bad input to the sign-up form, the personal link and the organisers' views: a clear,
translated message next to the field, never a server error, and nothing broken stored."""

import csv
import datetime
import importlib
import io

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from portal.events import booking
from portal.events.models import EventPage, Registration
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

ESC = "\x1b"
RLO = "\u202e"
ZERO_WIDTH_SPACE = "\u200b"


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(parent=event_index, title="Spotkanie w Łodzi", capacity=5)


@pytest.fixture
def english(meeting, english_event_index, en_locale):
    page = meeting.copy_for_translation(en_locale)
    page.save_revision().publish()
    return page.specific


def form_data(**overrides):
    data = {
        "first_name": "Jan",
        "last_name": "Kowalski",
        "email": "jan@example.org",
        "phone": "",
        "organisation": "Gmina Wiśniowa",
        "organisation_type": "jst",
        "role": "inspektor",
        "people": "1",
        "privacy_consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def field_errors(response, name):
    """The messages shown next to one field."""
    return [str(error) for error in response.context["form"].errors.get(name, [])]


def assert_refused_next_to(response, name, message):
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<p class="form-field__error" id="id_{name}_error">{message}</p>' in html
    assert message in field_errors(response, name)


# E-mail ----------------------------------------------------------------------------------------


def test_an_email_longer_than_the_column_is_refused_next_to_the_field(client, meeting, english):
    """The column holds 254 characters; on PostgreSQL a longer address was a server error."""
    too_long = "x" * 243 + "@example.org"
    assert len(too_long) == 255

    response = client.post(meeting.url, form_data(email=too_long))
    assert_refused_next_to(
        response, "email", "Adres e-mail może mieć najwyżej 254 znaki (ten ma 255)."
    )
    in_english = client.post(english.url, form_data(email=too_long))
    assert_refused_next_to(
        in_english, "email", "An email address can have at most 254 characters (this one has 255)."
    )
    assert not Registration.objects.filter(event=meeting).exists()

    longest = "x" * 242 + "@example.org"
    assert client.post(meeting.url, form_data(email=longest)).status_code == 302
    assert Registration.objects.get(event=meeting).email == longest


def test_an_international_domain_counts_once_whatever_its_spelling(client, meeting):
    """żółw.pl and its ASCII spelling xn--w-uga1v8h.pl are one mailbox."""
    first = client.post(meeting.url, form_data(email="Anna@Żółw.PL"))
    assert first.status_code == 302
    assert Registration.objects.get(event=meeting).email == "anna@xn--w-uga1v8h.pl"

    again = client.post(meeting.url, form_data(last_name="Nowak", email="anna@xn--w-uga1v8h.pl"))
    assert again.status_code == 409
    assert "Ten adres e-mail jest już zapisany na to spotkanie." in again.content.decode()
    assert Registration.objects.filter(event=meeting).count() == 1


def test_the_ascii_spelling_first_then_the_international_one_is_a_duplicate(meeting):
    booking.register(meeting, language="pl", **signup_details(0, email="ANNA@xn--W-UGA1V8H.pl"))
    with pytest.raises(booking.SignupRefused) as refusal:
        booking.register(meeting, language="pl", **signup_details(1, email="anna@żółw.pl"))
    assert refusal.value.reason == booking.SignupRefused.DUPLICATE


def test_a_domain_that_is_not_a_valid_international_name_is_refused(client, meeting):
    response = client.post(meeting.url, form_data(email="anna@xn--zz.pl"))
    assert_refused_next_to(response, "email", "Wprowadź poprawny adres email.")
    assert not Registration.objects.filter(event=meeting).exists()


# Control and format characters ----------------------------------------------------------------


INVISIBLE_CHARACTER = (
    "Usuń z tego pola znaki sterujące lub niewidoczne (np. zmieniające kierunek tekstu)."
)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("first_name", f"Jan{ESC}[31m"),
        ("last_name", f"{RLO}ikswolaK"),
        ("organisation", f"Gmina{ZERO_WIDTH_SPACE}Wiśniowa"),
        ("role", f"inspektor{ESC}"),
        ("role", "inspektor\u2028ds. dostępności"),
        ("email", f'"{ESC}"@example.org'),
        ("accessibility_details", f"Proszę o{RLO} miejsce"),
    ],
)
def test_control_and_format_characters_are_refused_next_to_the_field(client, meeting, name, value):
    data = form_data(**{name: value})
    if name == "accessibility_details":
        data["accessibility_consent"] = "on"

    response = client.post(meeting.url, data)

    assert_refused_next_to(response, name, INVISIBLE_CHARACTER)
    assert not Registration.objects.filter(event=meeting).exists()


def test_line_breaks_in_the_needs_are_kept(client, meeting):
    details = "Proszę o miejsce przy wejściu.\r\nPrzyjadę z psem asystującym."
    data = form_data(accessibility_details=details, accessibility_consent="on")
    assert client.post(meeting.url, data).status_code == 302
    assert Registration.objects.get(event=meeting).accessibility_details == details


def test_the_english_page_gives_the_message_in_english(client, english):
    response = client.post(english.url, form_data(last_name=f"{RLO}htimS"))
    assert_refused_next_to(
        response,
        "last_name",
        "Remove control or invisible characters (such as ones that change the text direction) "
        "from this field.",
    )


# Exports of rows already stored -----------------------------------------------------------------


@pytest.fixture
def organiser_client(client):
    client.force_login(User.objects.create_superuser("organizator", "o@example.org", "x"))
    return client


@pytest.fixture
def stored_with_invisible_characters(meeting):
    """Rows saved before the form refused such characters."""
    return factories.RegistrationFactory(
        event=meeting,
        first_name=f"Anna{ESC}[31m",
        last_name=f"{RLO}kawoN",
        organisation=f"WTZ{ZERO_WIDTH_SPACE} „Promyk”\x07",
        role="=1+1",
        accessibility_details="Linia pierwsza\nlinia druga",
    )


def test_the_xlsx_export_of_stored_control_characters_opens(
    organiser_client, meeting, stored_with_invisible_characters
):
    response = organiser_client.get(reverse("event_registrations:export_xlsx", args=[meeting.pk]))

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    row = [cell.value for cell in list(sheet.iter_rows())[2]]
    assert row[3:5] == ["Anna[31m", "kawoN"]
    assert row[7] == "WTZ „Promyk”"
    assert row[9] == "'=1+1"
    assert row[11] == "Linia pierwsza\nlinia druga"


def test_the_csv_export_strips_control_and_format_characters(
    organiser_client, meeting, stored_with_invisible_characters
):
    response = organiser_client.get(reverse("event_registrations:export_csv", args=[meeting.pk]))

    text = response.content.decode("utf-8-sig")
    assert ESC not in text and RLO not in text and ZERO_WIDTH_SPACE not in text
    row = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1]
    assert row[3:5] == ["Anna[31m", "kawoN"]
    assert row[7] == "WTZ „Promyk”"
    assert row[11] == "Linia pierwsza\nlinia druga"


# Consent ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["off", "0", "false", "nie", "no", " "])
def test_only_the_ticked_checkbox_counts_as_consent(client, meeting, value):
    response = client.post(meeting.url, form_data(privacy_consent=value))

    assert_refused_next_to(
        response, "privacy_consent", "Bez tej zgody nie możemy przyjąć zgłoszenia."
    )
    assert not Registration.objects.filter(event=meeting).exists()


def test_needs_with_a_consent_that_is_not_the_ticked_checkbox_are_refused(client, meeting):
    data = form_data(accessibility_needs=["pjm"], accessibility_consent="off")

    response = client.post(meeting.url, data)

    assert "zaznacz tę zgodę" in " ".join(field_errors(response, "accessibility_consent"))
    assert not Registration.objects.filter(event=meeting).exists()


# Cancelling after the meeting --------------------------------------------------------------------


def took_place(meeting):
    start = timezone.now() - datetime.timedelta(days=2)
    EventPage.objects.filter(pk=meeting.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )


def test_the_personal_link_cannot_cancel_after_the_meeting(client, meeting):
    registration = booking.register(meeting, language="pl", **signup_details(0))
    took_place(meeting)
    path = f"{meeting.url}zgloszenie/{registration.token}/"

    response = client.post(path, {"action": "cancel"})

    assert response.status_code == 409
    assert (
        "To spotkanie już się odbyło, więc zgłoszenia nie można anulować."
        in response.content.decode()
    )
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.cancelled_at is None
    assert not registration.messages.filter(kind="cancelled").exists()


def test_an_organiser_cannot_cancel_after_the_meeting_either(organiser_client, meeting):
    registration = booking.register(meeting, language="pl", **signup_details(0))
    took_place(meeting)

    response = organiser_client.post(
        reverse("event_registrations:cancel", args=[registration.pk]), follow=True
    )

    assert "To spotkanie już się odbyło, więc zgłoszenia nie można anulować." in (
        response.content.decode()
    )
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


# The organisers' list ----------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["\x00", f"Nowak{ESC}", "x" * 201])
def test_the_organisers_search_refuses_bad_input_next_to_the_field(
    organiser_client, meeting, query
):
    """A NUL character in the search made PostgreSQL fail with a server error."""
    factories.RegistrationFactory(event=meeting, last_name="Nowak")
    url = reverse("event_registrations:list", args=[meeting.pk])

    response = organiser_client.get(url, {"q": query, "status": "\x00"})

    assert response.status_code == 200
    assert response.context["registration_search"].errors["q"]
    assert 'id="id_q_error"' in response.content.decode()
    assert "Nowak" in response.content.decode()  # the unfiltered list is still there


def test_the_organisers_search_filters_by_text_and_status(organiser_client, meeting):
    factories.RegistrationFactory(event=meeting, last_name="Nowak", email="nowak@example.org")
    factories.RegistrationFactory(event=meeting, last_name="Wiśniewska")
    factories.RegistrationFactory(
        event=meeting, last_name="Nowakowska", status=Registration.Status.CANCELLED
    )
    url = reverse("event_registrations:list", args=[meeting.pk])

    def names(**params):
        response = organiser_client.get(url, params)
        assert not response.context["registration_search"].errors
        return sorted(r.last_name for r in response.context["registrations"])

    assert names(q="nowak") == ["Nowak", "Nowakowska"]
    assert names(q="nowak", status="confirmed") == ["Nowak"]
    assert names(status="cancelled") == ["Nowakowska"]
    assert names() == ["Nowak", "Nowakowska", "Wiśniewska"]


def test_the_migration_gives_stored_international_domains_the_ascii_spelling(meeting, event_index):
    from django.apps import apps

    migration = importlib.import_module(
        "portal.events.migrations.0006_normalise_registration_email_domains"
    )
    other = factories.EventPageFactory(parent=event_index)
    alone = factories.RegistrationFactory(event=meeting, email="anna@żółw.pl")
    twin = factories.RegistrationFactory(event=other, email="jan@żółw.pl")
    factories.RegistrationFactory(event=other, email="jan@xn--w-uga1v8h.pl")

    migration.normalise(apps, None)

    assert Registration.objects.get(pk=alone.pk).email == "anna@xn--w-uga1v8h.pl"
    assert Registration.objects.get(pk=twin.pk).email == "jan@żółw.pl"  # would collide
