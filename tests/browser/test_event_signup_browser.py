"""Signing up for a meeting in a real browser: the whole form by its labels, the personal page
behind the link, cancelling, the error summary without JavaScript, the waitlist, and axe-core
on each of those pages.

Each test makes its own meeting, so demo numbers never matter. Where that data lives depends
on the database, see `server_visible`.
"""

import re
import threading
import uuid

import pytest
from django.db import connections, transaction
from playwright.sync_api import expect

from tests.browser.conftest import (
    _close,
    _new_page,
    artifact_path,
    assert_no_axe_violations,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

REQUIRED_FIELDS = {
    "first_name": "Imię",
    "last_name": "Nazwisko",
    "email": "E-mail",
    "organisation": "Nazwa organizacji lub instytucji",
    "organisation_type": "Rodzaj organizacji",
    "role": "Funkcja w organizacji",
    "privacy_consent": "Zgadzam się na przetwarzanie moich danych osobowych",
}


def live_server_shares_our_connection():
    """pytest-django gives the live server the test's own connection to an in-memory SQLite
    database, so the server sees (and writes into) the test's transaction, which is rolled
    back afterwards. Any other database gets a connection of its own in the server thread."""
    connection = connections["default"]
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def committed(function):
    """Runs `function` in a thread of its own, hence on a database connection of its own,
    and commits, so that the live server's connection sees the result."""
    outcome = {}

    def run():
        try:
            with transaction.atomic():
                outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.fixture
def server_visible(db):
    """Runs a function so that its data is visible to the live server, and makes sure none
    of it (nor what the browser adds through the server) outlives the test.

    On in-memory SQLite (the local default) it runs inside the test's transaction, which the
    server shares. On PostgreSQL the data must be committed, so the meetings are deleted
    afterwards (with the registrations and messages made for them, also through the
    browser) and the sign-up rate limit, which the server counts in the database, is
    cleared.
    """
    from wagtail.models import Page

    from portal.core.models import RateLimitCounter

    if live_server_shares_our_connection():
        yield lambda function: function()
        return
    made = []

    def make(function):
        value = committed(function)
        if isinstance(value, Page):
            made.append(value.pk)
        return value

    yield make

    def clean_up():
        for page in Page.objects.filter(pk__in=made):
            page.delete()
        RateLimitCounter.objects.all().delete()

    committed(clean_up)


@pytest.fixture
def new_meeting(server_visible, portal):
    """Makes a meeting under the demo's "Spotkania" that the live server can show: the server
    serves the demo and, on PostgreSQL, sees only committed pages, so not the factory-built
    `event_index` of the other tests."""
    from tests.factories import EventPageFactory

    def make(**fields):
        def create():
            from portal.events.models import EventIndexPage

            parent = EventIndexPage.objects.get(locale__language_code="pl")
            return EventPageFactory(parent=parent, **fields)

        return server_visible(create)

    return make


def open_meeting(page, meeting):
    response = page.goto(meeting.url)
    assert response is not None and response.status == 200, meeting.url
    expect(page.locator("h1")).to_have_text(meeting.title)
    return page.locator("form.registration-form")


def label(text):
    """Labels of required fields end with an asterisk hidden from screen readers."""
    return re.compile("^" + re.escape(text))


def fill_required_fields(form, email):
    person = form.get_by_role("group", name="Twoje dane", exact=True)
    person.get_by_label(label("Imię")).fill("Anna")
    person.get_by_label(label("Nazwisko")).fill("Żółkiewska")
    person.get_by_label(label("E-mail")).fill(email)
    form.get_by_label(label("Nazwa organizacji lub instytucji")).fill("Spółdzielnia „Łąka”")
    form.get_by_label(label("Rodzaj organizacji")).select_option(
        label="Warsztat terapii zajęciowej (WTZ)"
    )
    form.get_by_label(label("Funkcja w organizacji")).fill("Koordynatorka")
    form.get_by_label(label(REQUIRED_FIELDS["privacy_consent"])).check()


def unique_email():
    return f"anna.{uuid.uuid4().hex[:10]}@example.org"


def test_sign_up_with_accessibility_needs_and_cancel(page, new_meeting):
    """The main path: a person signs up, says what they need, lands on their personal page,
    and can cancel from there."""
    from portal.events.models import Registration

    meeting = new_meeting(title="Spotkanie z zapisami w przeglądarce", capacity=5)
    email = unique_email()
    form = open_meeting(page, meeting)

    fill_required_fields(form, email)
    form.get_by_role("group", name="Potrzeby dostępności (nieobowiązkowo)").get_by_label(
        "Pętla indukcyjna"
    ).check()
    form.get_by_label(
        label("Zgadzam się na przetwarzanie informacji o potrzebach podanych w tym formularzu")
    ).check()
    assert_no_axe_violations(page)

    form.get_by_role("button", name="Zapisz się").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Twoje zgłoszenie")
    expect(page.get_by_role("main").get_by_role("status")).to_contain_text(
        "Gotowe: masz miejsce na spotkaniu."
    )
    expect(page.get_by_role("main").get_by_role("status")).to_contain_text(email)
    assert "/zgloszenie/" in page.url
    registration = Registration.objects.get(event=meeting, email=email)
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.accessibility_needs == ["induction_loop"]
    assert registration.accessibility_consent_at is not None
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Rezygnuję z udziału").click()

    expect(page.get_by_role("main").get_by_role("status")).to_contain_text("Zgłoszenie anulowane.")
    expect(page.get_by_role("button", name="Rezygnuję z udziału")).to_have_count(0)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
    assert registration.accessibility_needs == []


def submit_empty_form(page, meeting):
    form = open_meeting(page, meeting)
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        form.get_by_role("button", name="Zapisz się").click()
    assert posted.value.status == 400
    return page.get_by_role("alert")


def test_empty_form_without_javascript_lists_errors_with_links(page_without_js, new_meeting):
    """Without JavaScript the server's error summary is all a person gets: it must name
    every missing field and lead to it."""
    page = page_without_js
    meeting = new_meeting(title="Spotkanie bez JavaScriptu", capacity=5)

    summary = submit_empty_form(page, meeting)

    expect(summary).to_contain_text("Nie przyjęliśmy zgłoszenia")
    expect(summary.get_by_role("link")).to_have_count(len(REQUIRED_FIELDS))
    for name, field_label in REQUIRED_FIELDS.items():
        link = summary.locator(f'a[href="#id_{name}"]')
        expect(link).to_have_count(1)
        expect(link).to_contain_text(field_label)
        expect(page.locator(f"#id_{name}")).to_be_visible()
    expect(summary.locator('a[href="#id_privacy_consent"]')).to_contain_text(
        "Bez tej zgody nie możemy przyjąć zgłoszenia."
    )


def test_form_with_errors_has_no_accessibility_violations(page, new_meeting):
    """axe-core is JavaScript, so it cannot run in the context without it (Playwright's
    evaluate never returns there); the server sends the same page with errors either way."""
    meeting = new_meeting(title="Spotkanie z błędami w formularzu", capacity=5)

    summary = submit_empty_form(page, meeting)

    expect(summary).to_contain_text("Nie przyjęliśmy zgłoszenia")
    assert_no_axe_violations(page)


def test_full_meeting_puts_the_person_on_the_waitlist(page, new_meeting, server_visible):
    """When the last seat is gone, the form still takes the person, onto the waitlist, and
    tells them their place in the queue."""
    from tests.factories import RegistrationFactory

    meeting = new_meeting(title="Spotkanie z jednym miejscem", capacity=1)
    server_visible(lambda: RegistrationFactory(event=meeting))
    form = open_meeting(page, meeting)
    expect(page.locator("#zapisy")).to_contain_text("listę rezerwową")

    fill_required_fields(form, unique_email())
    form.get_by_role("button", name="Zapisz mnie na listę rezerwową").click()

    status = page.get_by_role("main").get_by_role("status")
    expect(status).to_contain_text("Zapisaliśmy Cię na listę rezerwową.")
    expect(status).to_contain_text("Twoje miejsce w kolejce: 1.")
    assert_no_axe_violations(page)


PHONE = {"width": 390, "height": 844}
COLLEAGUES = [("Bartosz", "Zieliński"), ("Celina", "Wrona")]


def fill_colleagues(form):
    for number, (first_name, last_name) in enumerate(COLLEAGUES, start=2):
        row = form.get_by_role("group", name=f"Osoba {number}", exact=True)
        row.get_by_label(label("Imię")).fill(first_name)
        row.get_by_label(label("Nazwisko")).fill(last_name)


def log_in_to_the_admin(page, server_visible):
    from django.contrib.auth.models import User

    username = f"organizator-{uuid.uuid4().hex[:8]}"
    server_visible(
        lambda: User.objects.create_superuser(username, f"{username}@example.org", "haslo-testowe")
    )
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("haslo-testowe")
    page.locator("#id_password").press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))
    return username


def test_three_people_named_on_a_phone_without_javascript_then_on_the_attendance_list(
    request, browser, portal, new_meeting, server_visible
):
    """A person signs up with two named colleagues on a 390 px screen without JavaScript; the
    form and the personal page pass axe (run where JavaScript is on), and the organiser's
    printed attendance list has a line and a signature box for each of the three."""
    from django.contrib.auth.models import User

    from portal.events.models import Registration

    meeting = new_meeting(
        title="Spotkanie dla całego zespołu", capacity=10, max_people_per_registration=3
    )
    email = unique_email()
    context, page = _new_page(request, browser, portal, java_script_enabled=False, viewport=PHONE)
    try:
        form = open_meeting(page, meeting)
        # A row left half-filled is named next to its field; nothing typed is lost.
        fill_required_fields(form, email)
        form.get_by_role("group", name="Osoba 2", exact=True).get_by_label(label("Imię")).fill(
            "Bartosz"
        )
        form.get_by_role("button", name="Zapisz się").click()
        expect(page.get_by_role("alert")).to_contain_text(
            "Osoba 2, Nazwisko: Podaj nazwisko tej osoby albo wyczyść cały wiersz."
        )
        form = page.locator("form.registration-form")
        expect(form.locator("#id_osoba2-first_name")).to_have_value("Bartosz")
        expect(form.locator("#id_email")).to_have_value(email)

        form.get_by_label(label(REQUIRED_FIELDS["privacy_consent"])).check()
        fill_colleagues(form)
        page.screenshot(path=artifact_path("attendees-phone-form-no-js"), full_page=True)
        form.get_by_role("button", name="Zapisz się").click()

        status = page.get_by_role("main").get_by_role("status")
        expect(status).to_contain_text("Zarezerwowaliśmy miejsca dla 3 osób.")
        expect(page.get_by_role("main")).to_contain_text("Bartosz Zieliński")
        expect(page.get_by_role("main")).to_contain_text("Celina Wrona")
        manage_url = page.url
        page.screenshot(path=artifact_path("attendees-phone-manage-no-js"), full_page=True)
    finally:
        _close(request, context, page)

    registration = Registration.objects.get(event=meeting, email=email)
    assert registration.people == 3
    assert [attendee.display_name() for attendee in registration.attendees.order_by("number")] == [
        "Anna Żółkiewska",
        "Bartosz Zieliński",
        "Celina Wrona",
    ]

    # axe-core needs JavaScript: the same pages, at the same width, with it on.
    context, page = _new_page(request, browser, portal, viewport=PHONE)
    username = None
    try:
        form = open_meeting(page, meeting)
        fill_colleagues(form)
        assert_no_axe_violations(page)
        page.goto(manage_url)
        assert_no_axe_violations(page)

        username = log_in_to_the_admin(page, server_visible)
        page.goto(f"/admin/spotkania/{meeting.pk}/lista-obecnosci/?druk=1")
        rows = page.locator("tr.attendee")
        expect(rows).to_have_count(3)
        expect(rows.nth(0)).to_contain_text("Żółkiewska Anna")
        expect(page.locator("td.signature")).to_have_count(3)
        page.screenshot(path=artifact_path("attendees-printed-attendance-list"), full_page=True)
    finally:
        _close(request, context, page)
        if username:
            server_visible(lambda: User.objects.filter(username=username).delete())


def test_the_error_summary_takes_the_focus_and_the_view(page, new_meeting):
    """A screen reader starts reading at the summary, and no-JavaScript users see it first:
    the form's address leads to the summary, so the browser's own jump does not move the
    focus away from it."""
    meeting = new_meeting(title="Spotkanie z fokusem na błędach", capacity=5)

    summary = submit_empty_form(page, meeting)

    expect(summary).to_be_focused()
    assert page.url.endswith("#form-errors")
    assert (
        page.evaluate("() => document.getElementById('form-errors').getBoundingClientRect().top")
        < 200
    )
