"""Applying for a staff training in a real browser at phone width without JavaScript: the
error summary, the form by its labels, the personal page, and the page once the coordinator
has accepted; axe-core on the training, programme and group pages at phone and desktop
widths. Uses the demo's training that is still ahead (content/trainings.py)."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import artifact_path, assert_no_axe_violations
from tests.browser.test_event_signup_browser import committed, live_server_shares_our_connection

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def label(text):
    """Labels of required fields end with an asterisk hidden from screen readers."""
    return re.compile("^" + re.escape(text))


@pytest.fixture
def server_side(db):
    """Runs a function so that the live server sees its effect (committed on PostgreSQL), and
    removes afterwards the applications the browser made and the rate-limit counts."""
    from portal.core.models import RateLimitCounter
    from portal.trainings.models import TrainingApplication

    shared = live_server_shares_our_connection()
    emails = []

    def run(function):
        return function() if shared else committed(function)

    run.emails = emails
    yield run
    if not shared:

        def clean_up():
            TrainingApplication.objects.filter(email__in=emails).delete()
            RateLimitCounter.objects.all().delete()

        committed(clean_up)


def open_training(page):
    from portal.trainings.models import TrainingPage

    training = TrainingPage.objects.get(locale__language_code="pl", slug="wsparcie-w-pracy-wlochy")
    response = page.goto(training.url)
    assert response is not None and response.status == 200
    expect(page.locator("h1")).to_have_text(training.title)
    return training


def test_apply_at_phone_width_without_javascript_and_get_accepted(
    page_without_js, page, server_side
):
    """The whole path without JavaScript; axe-core needs it, so the same pages are checked
    at the same width in a second, ordinary browser tab."""
    from portal.trainings import applications
    from portal.trainings.models import TrainingApplication

    checker = page
    page = page_without_js
    page.set_viewport_size(PHONE)
    checker.set_viewport_size(PHONE)
    email = f"trenerka.{uuid.uuid4().hex[:10]}@example.org"
    server_side.emails.append(email)
    open_training(page)
    form = page.locator("form.registration-form")

    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        form.get_by_role("button", name="Wyślij zgłoszenie").click()
    assert posted.value.status == 400
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Nie przyjęliśmy zgłoszenia")
    expect(summary.get_by_role("link").first).to_be_visible()

    form = page.locator("form.registration-form")
    form.get_by_label(label("Imię")).fill("Siobhán")
    form.get_by_label(label("Nazwisko")).fill("Ní Bhriain")
    form.get_by_label(label("E-mail")).fill(email)
    form.get_by_label(label("Organizacja partnerska")).select_option(label="KARE (Irlandia)")
    form.get_by_label(label("Funkcja w organizacji")).fill("Trenerka pracy")
    form.get_by_label(label("Dlaczego chcesz wziąć udział")).fill(
        "Prowadzę wsparcie w miejscu pracy od pięciu lat."
    )
    form.get_by_label(label("Potrzeby dostępności")).fill("Pętla indukcyjna")
    form.get_by_label(label("Zgadzam się na przetwarzanie informacji o moich potrzebach")).check()
    form.get_by_label(label("Zgadzam się na przetwarzanie moich danych osobowych")).check()
    form.get_by_role("button", name="Wyślij zgłoszenie").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Twoje zgłoszenie")
    status = page.get_by_role("main").get_by_role("status")
    expect(status).to_contain_text("Dziękujemy: zgłoszenie dotarło.")
    page.screenshot(path=artifact_path("training-application-phone"), full_page=True)
    checker.goto(page.url)
    assert_no_axe_violations(checker)

    def accept():
        application = TrainingApplication.objects.get(email=email)
        assert application.accessibility_needs == "Pętla indukcyjna"
        return applications.accept(application, None)

    server_side(accept)
    page.reload()

    expect(status).to_contain_text("Masz miejsce na szkoleniu.")
    open_training(checker)
    with checker.expect_response(lambda response: response.request.method == "POST"):
        checker.locator("form.registration-form").get_by_role(
            "button", name="Wyślij zgłoszenie"
        ).click()
    expect(checker.get_by_role("alert")).to_contain_text("Nie przyjęliśmy zgłoszenia")
    assert_no_axe_violations(checker)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_training_programme_and_group_pages_are_axe_clean(page, viewport):
    from portal.events.models import EventPage
    from portal.trainings.models import TrainingIndexPage, TrainingPage, TrainingProgrammePage

    page.set_viewport_size(viewport)
    programme = TrainingProgrammePage.objects.get(locale__language_code="pl")
    pages = [
        TrainingIndexPage.objects.get(locale__language_code="pl"),
        TrainingPage.objects.get(locale__language_code="pl", slug="wsparcie-w-pracy-wlochy"),
        TrainingPage.objects.get(locale__language_code="en", slug="job-finding-ireland"),
        programme,
        EventPage.objects.child_of(programme).order_by("start").first(),
    ]
    for shown in pages:
        response = page.goto(shown.url)
        assert response is not None and response.status == 200, shown.url
        assert_no_axe_violations(page)
    page.goto(programme.url)
    expect(page.get_by_role("heading", name="Grupy szkoleniowe")).to_be_visible()
    expect(page.locator(".training-module")).to_have_count(9)
    expect(page.locator(".event-card")).to_have_count(6)
    page.screenshot(path=artifact_path(f"training-programme-{viewport['width']}"), full_page=True)
