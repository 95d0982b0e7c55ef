"""Slow work leaves the request: e-mails to registrants and the text of uploaded PDFs are
background tasks kept in the database and run by the worker (`manage.py db_worker`). While no
worker runs they wait, and nothing is lost: the worker, once back, runs them. A failed e-mail
leaves a task for its next try, a minute or two later.

These tests use the database backend and the real worker command (the rest of the suite runs
tasks where they are enqueued, portal/settings/test.py). The worker takes its tasks with a
row lock on PostgreSQL and an exclusive transaction on SQLite: run this file on both
(DATABASE_URL)."""

import datetime
import io
import os
import signal
import socket
import subprocess
import sys
from uuid import UUID

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page, Site

from portal.core.email_url import parse_email_url
from portal.demo.assets import make_pdf
from portal.events.models import Registration, RegistrationMessage
from portal.events.notifications import send_message
from portal.reports.models import DocumentText
from tests import factories
from tests.test_event_erasure import rows_holding
from tests.test_pdf_extraction import editor_client, upload
from tests.test_search import publish_report, titles
from tests.test_settings import ROOT
from tests.tree import build_tree

pytestmark = pytest.mark.django_db

State = RegistrationMessage.State
ADDRESS = "anna.kowalska@example.org"
SEND_MESSAGE = "portal.events.notifications.send_message"
READ_DOCUMENT_TEXT = "portal.reports.tasks.read_document_text"


@pytest.fixture(autouse=True)
def database_tasks(settings):
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }


def run_worker(in_test_transaction=True):
    """The worker once through every task that is due, then it stops (`--batch`).

    Inside a test's transaction the worker's connection housekeeping (close_old_connections,
    which drops a connection whose autocommit is off) would close it under the test; it is
    left out there, as Django's test client leaves it out of requests. The test with real
    commits runs the worker unchanged."""
    # The worker installs its own handlers for a graceful stop; the test run keeps its own.
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    with pytest.MonkeyPatch.context() as patch:
        if in_test_transaction:
            patch.setattr(db_worker, "close_old_connections", lambda: None)
        try:
            call_command(
                "db_worker",
                "--backend=background",
                "--batch",
                "--no-startup-delay",
                "--no-reload",
                stdout=io.StringIO(),
            )
        finally:
            for number, handler in handlers.items():
                signal.signal(number, handler)


def waiting_tasks(task_path=SEND_MESSAGE):
    return DBTaskResult.objects.filter(status="READY", task_path=task_path)


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_mail_server(settings, email_url):
    for name, value in parse_email_url(email_url, timeout=2).items():
        setattr(settings, name, value)


def sign_up_data(email=ADDRESS):
    return {
        "first_name": "Anna",
        "last_name": "Kowalska",
        "email": email,
        "organisation": "WTZ „Promyk”",
        "organisation_type": "wtz",
        "role": "instruktorka",
        "people": "1",
        "privacy_consent": "on",
    }


def sign_up(client, meeting, django_capture_on_commit_callbacks, email=ADDRESS):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meeting.url, sign_up_data(email))
    assert response.status_code == 302
    return Registration.objects.get(event=meeting, email=email)


def test_a_sign_up_answers_without_the_mail_server_and_the_worker_sends_the_mail_later(
    client, event_index, settings, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = factories.EventPageFactory(parent=event_index, title="Spotkanie w Łodzi")
    # A mail server that refuses connections: a request that tried to send would record it.
    use_mail_server(settings, f"smtp://127.0.0.1:{closed_port()}")

    registration = sign_up(client, meeting, django_capture_on_commit_callbacks)

    [message] = registration.messages.all()
    assert (message.state, message.attempts, message.last_error) == (State.PENDING, 0, "")
    [waiting] = waiting_tasks()
    assert waiting.args_kwargs == {"args": [message.pk], "kwargs": {}}
    assert ADDRESS not in str(waiting.args_kwargs)

    # The worker was down; it comes back, and the mail server works again.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_worker()

    message.refresh_from_db()
    assert message.state == State.SENT and message.attempts == 1
    assert [(mail.to, mail.subject) for mail in mailoutbox] == [
        ([ADDRESS], "Potwierdzenie zapisu: Spotkanie w Łodzi")
    ]
    assert not waiting_tasks().exists()
    assert DBTaskResult.objects.get(pk=waiting.pk).status == "SUCCESSFUL"


def test_a_failing_mail_server_gets_a_retry_within_minutes_and_nothing_is_lost(
    client, event_index, settings, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = factories.EventPageFactory(parent=event_index, title="Spotkanie w Łodzi")
    use_mail_server(settings, f"smtp://127.0.0.1:{closed_port()}")
    registration = sign_up(client, meeting, django_capture_on_commit_callbacks)

    run_worker()

    message = registration.messages.get()
    assert (message.state, message.attempts) == (State.PENDING, 1)
    assert "ConnectionRefusedError" in message.last_error
    wait = message.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=50) < wait <= datetime.timedelta(minutes=1)
    [retry] = waiting_tasks()
    assert retry.run_after == message.next_attempt_at
    assert retry.args_kwargs == {"args": [message.pk], "kwargs": {}}

    run_worker()  # a moment later: the retry is not due yet
    message.refresh_from_db()
    assert message.attempts == 1 and waiting_tasks().count() == 1

    # A minute passes; the mail server is back.
    past = timezone.now() - datetime.timedelta(seconds=1)
    RegistrationMessage.objects.filter(pk=message.pk).update(next_attempt_at=past)
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=past)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_worker()

    message.refresh_from_db()
    assert (message.state, message.attempts, message.last_error) == (State.SENT, 2, "")
    assert [mail.to for mail in mailoutbox] == [[ADDRESS]]
    assert not waiting_tasks().exists()


def test_cancellation_and_promotion_mails_are_sent_by_the_worker_too(
    client, event_index, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = factories.EventPageFactory(parent=event_index, title="Spotkanie", capacity=1)
    first = sign_up(client, meeting, django_capture_on_commit_callbacks)
    second = sign_up(client, meeting, django_capture_on_commit_callbacks, email="ewa@example.org")
    assert second.status == Registration.Status.WAITLISTED
    run_worker()
    assert len(mailoutbox) == 2
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{meeting.url}zgloszenie/{first.token}/", {"action": "cancel"}, follow=True
        )
    assert response.status_code == 200
    assert mailoutbox == []
    assert waiting_tasks().count() == 2

    run_worker()

    by_recipient = {mail.to[0]: mail.subject for mail in mailoutbox}
    assert by_recipient[ADDRESS].startswith("Zgłoszenie anulowane")
    assert by_recipient["ewa@example.org"].startswith("Zwolniło się miejsce")


def test_a_registration_erased_while_its_mail_waits_gets_no_mail(
    client, event_index, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = factories.EventPageFactory(parent=event_index)
    registration = sign_up(client, meeting, django_capture_on_commit_callbacks)
    assert waiting_tasks().count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{meeting.url}zgloszenie/{registration.token}/", {"action": "erase"})
    run_worker()

    assert mailoutbox == []
    assert registration.messages.get().state == State.SKIPPED
    assert not waiting_tasks().exists()
    assert rows_holding(ADDRESS) == []
    assert rows_holding("kowalska") == []


def test_an_uploaded_pdf_is_saved_at_once_and_its_text_found_once_the_worker_read_it(client):
    content = make_pdf(
        "Ogrody", [("Treść", ["Ankietowani cenią berberysowe ogrody."])], language="pl"
    )
    document = upload(editor_client(client), "ogrody.pdf", content)

    assert document.file.size == len(content)
    assert not DocumentText.objects.filter(document=document).exists()
    [waiting] = waiting_tasks(READ_DOCUMENT_TEXT)
    assert waiting.args_kwargs == {"args": [document.pk], "kwargs": {}}
    edit_page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Tekst tego pliku jest odczytywany w tle." in edit_page
    publish_report(
        parent=build_tree(zone_names=()).reports,
        title="Raport o ogrodach",
        documents=[(document, "pl")],
    )
    # The report is indexed when published, its file's text not yet.
    assert titles(client.get("/pl/szukaj/", {"q": "ogrodach"})) == ["Raport o ogrodach"]
    assert titles(client.get("/pl/szukaj/", {"q": "berberysowe"})) == []

    run_worker()

    record = DocumentText.objects.get(document=document)
    assert record.unreadable_reason == "" and "berberysowe ogrody" in record.text
    assert titles(client.get("/pl/szukaj/", {"q": "berberysowe"})) == ["Raport o ogrodach"]
    edit_page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "odczytywany w tle" not in edit_page


def test_an_unreadable_pdf_read_by_the_worker_says_why(client):
    document = upload(editor_client(client), "skan.pdf", b"%PDF-1.4\nnot really a PDF")

    run_worker()

    assert DocumentText.objects.get(document=document).unreadable_reason == "damaged"
    edit_page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Nie udało się odczytać tekstu z tego pliku" in edit_page


@pytest.mark.parametrize("name", ["redis", "celery"])
def test_an_unknown_tasks_backend_is_refused_at_start(name):
    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings.base"],
        cwd=ROOT,
        env=dict(os.environ, TASKS_BACKEND=name),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of database, immediate" in result.stderr


def meetings_page_from_nothing():
    """Locale, root, home page, meetings page and the Site the test client asks for: an
    earlier transactional test may have emptied the database."""
    locale, _ = Locale.objects.get_or_create(language_code="pl")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
    home = factories.HomePageFactory(parent=root, slug="zadania-w-tle")
    site, _ = Site.objects.update_or_create(
        hostname="testserver", port=80, defaults={"root_page": home}
    )
    return site, factories.EventIndexPageFactory(parent=home)


@pytest.mark.django_db(transaction=True)
def test_with_real_commits_the_mail_waits_in_the_database_until_the_worker_runs(client, mailoutbox):
    """No test transaction around it: the sign-up commits as in production, the commit
    writes the task's row, and the worker takes it with its own locking (SELECT ... FOR
    UPDATE SKIP LOCKED on PostgreSQL, an exclusive transaction on SQLite)."""
    site, meetings = meetings_page_from_nothing()
    meeting = factories.EventPageFactory(parent=meetings, title="Spotkanie w Łodzi")

    response = client.post(meeting.relative_url(site), sign_up_data())

    assert response.status_code == 302
    message = RegistrationMessage.objects.get(registration__email=ADDRESS)
    assert (message.state, message.attempts, mailoutbox) == (State.PENDING, 0, [])
    assert waiting_tasks().count() == 1

    run_worker(in_test_transaction=False)

    message.refresh_from_db()
    assert message.state == State.SENT
    assert [mail.to for mail in mailoutbox] == [[ADDRESS]]
    assert list(DBTaskResult.objects.values_list("task_path", "status")) == [
        (SEND_MESSAGE, "SUCCESSFUL")
    ]


def test_the_daily_run_deletes_finished_tasks_after_two_weeks_and_keeps_waiting_ones(
    event_index,
):
    registration = factories.RegistrationFactory(
        event=factories.EventPageFactory(parent=event_index)
    )
    message = registration.messages.create(kind=RegistrationMessage.Kind.CONFIRMATION)
    old = send_message.enqueue(message.pk)
    run_worker()
    DBTaskResult.objects.filter(pk=old.id).update(
        finished_at=timezone.now() - datetime.timedelta(days=15)
    )
    recent = send_message.enqueue(message.pk)
    run_worker()
    waiting = send_message.enqueue(message.pk)

    call_command("run_scheduled_jobs", "--daily", stdout=io.StringIO())

    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {
        UUID(recent.id),
        UUID(waiting.id),
    }
