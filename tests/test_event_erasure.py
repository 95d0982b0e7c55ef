"""Erasure erases everything: after "Usuń moje dane" or the retention purge no table and no
log line holds the person's address, not even the error of an e-mail that failed."""

import datetime
import io
import logging
import socketserver
import threading

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.utils import timezone

from portal.events.models import Registration, RegistrationMessage
from tests import factories

pytestmark = pytest.mark.django_db

ADDRESS = "anna.kowalska@example.org"


class RefusingMailServer(socketserver.StreamRequestHandler):
    """An SMTP server that refuses every recipient, quoting the address as real ones do."""

    def reply(self, line):
        self.wfile.write(line.encode("ascii") + b"\r\n")

    def handle(self):
        self.reply("220 poczta.example.org ESMTP")
        for raw in self.rfile:
            command = raw.decode("ascii", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            if verb == "RCPT":
                recipient = command.partition(":")[2].strip()
                self.reply(f"550 5.1.1 {recipient}: Recipient address rejected: User unknown")
            elif verb in {"EHLO", "HELO", "MAIL", "RSET", "NOOP"}:
                self.reply("250 2.0.0 Ok")
            else:
                self.reply("502 5.5.2 Command not recognized")


@pytest.fixture
def refusing_mail_server(settings):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RefusingMailServer)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.server_address
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.shutdown()
    server.server_close()


def rows_holding(text):
    """Every row of every table whose text or JSON columns contain `text`."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | models.JSONField)
        ]
        if not fields:
            continue
        condition = models.Q()
        for name in fields:
            condition |= models.Q(**{f"{name}__icontains": text})
        found += [
            (model._meta.label, pk)
            for pk in model._default_manager.filter(condition).values_list("pk", flat=True)
        ]
    return found


def sign_up_with_failing_mail(client, meeting, django_capture_on_commit_callbacks):
    data = {
        "first_name": "Anna",
        "last_name": "Kowalska",
        "email": ADDRESS,
        "organisation": "WTZ „Promyk”",
        "organisation_type": "wtz",
        "role": "instruktorka",
        "people": "1",
        "privacy_consent": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meeting.url, data)
    assert response.status_code == 302
    return Registration.objects.get(event=meeting, email=ADDRESS)


def test_a_failed_mail_leaves_no_address_in_the_outbox_or_the_log(
    client, event_index, refusing_mail_server, django_capture_on_commit_callbacks, caplog
):
    meeting = factories.EventPageFactory(parent=event_index)
    caplog.set_level(logging.INFO)

    registration = sign_up_with_failing_mail(client, meeting, django_capture_on_commit_callbacks)

    [message] = registration.messages.all()
    assert message.state == RegistrationMessage.State.PENDING and message.attempts == 1
    assert "SMTPRecipientsRefused" in message.last_error and "550" in message.last_error
    assert ADDRESS not in message.last_error
    assert f"registration {registration.pk}" in caplog.text
    assert ADDRESS not in caplog.text


def test_erasing_through_the_personal_link_leaves_the_address_nowhere(
    client, event_index, refusing_mail_server, django_capture_on_commit_callbacks, caplog
):
    meeting = factories.EventPageFactory(parent=event_index)
    caplog.set_level(logging.DEBUG)
    registration = sign_up_with_failing_mail(client, meeting, django_capture_on_commit_callbacks)
    assert rows_holding(ADDRESS)  # the search finds the address while it is there

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{meeting.url}zgloszenie/{registration.token}/", {"action": "erase"}
        )

    assert "Twoje dane zostały usunięte" in response.content.decode()
    assert rows_holding(ADDRESS) == []
    assert rows_holding("anna.kowalska") == []
    assert ADDRESS not in caplog.text


def test_the_retention_purge_leaves_the_address_nowhere(event_index, settings):
    """Also for outbox rows written before errors were cleaned of addresses."""
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 180
    end = timezone.now() - datetime.timedelta(days=200)
    old = factories.EventPageFactory(
        parent=event_index, start=end - datetime.timedelta(hours=2), end=end
    )
    registration = factories.RegistrationFactory(event=old, email=ADDRESS)
    registration.messages.create(
        kind=RegistrationMessage.Kind.CONFIRMATION,
        state=RegistrationMessage.State.FAILED,
        attempts=5,
        last_error=f"SMTPRecipientsRefused: {{'{ADDRESS}': (550, b'5.1.1 <{ADDRESS}>')}}",
    )

    call_command("purge_registration_data", stdout=io.StringIO())

    assert rows_holding(ADDRESS) == []
    message = registration.messages.get()
    assert message.state == RegistrationMessage.State.FAILED  # what happened stays known
