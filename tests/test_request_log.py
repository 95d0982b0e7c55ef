"""Production logs: one JSON line per request with what an operator needs and nothing about the
visitor (no address, user, cookie, query string; personal tokens and e-mails masked), and
application records as JSON lines too."""

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management.utils import get_random_secret_key

from portal.core.json_logs import JsonLogFormatter
from portal.events.models import Registration
from tests import factories
from tests.test_event_signup import form_data

ROOT = Path(__file__).resolve().parent.parent
REQUEST_FIELDS = {
    "time",
    "level",
    "logger",
    "message",
    "request_id",
    "method",
    "path",
    "status",
    "duration_ms",
    "size",
}


@pytest.fixture
def json_log():
    """What the portal's loggers write meanwhile, through the production formatter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLogFormatter())
    root = logging.getLogger()
    requests = logging.getLogger("portal.requests")
    levels = root.level, requests.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    requests.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(levels[0])
    requests.setLevel(levels[1])


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def request_lines(stream):
    return [line for line in lines(stream) if line["logger"] == "portal.requests"]


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(parent=event_index, capacity=3)


def test_a_page_gives_one_json_line_with_what_an_operator_needs(client, meeting, json_log):
    response = client.get(meeting.url, REMOTE_ADDR="203.0.113.7")

    [line] = request_lines(json_log)
    assert set(line) == REQUEST_FIELDS
    assert (line["method"], line["path"], line["status"]) == ("GET", meeting.url, 200)
    assert line["size"] == len(response.content)
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["level"] == "INFO"
    assert line["time"].endswith("+00:00")
    assert response["X-Request-ID"] == line["request_id"]
    assert "203.0.113.7" not in json_log.getvalue()


def test_a_search_is_logged_without_its_query(client, db, json_log):
    client.get("/pl/szukaj/", {"q": "Jan Kowalski jan.kowalski@example.org"})

    [line] = request_lines(json_log)
    assert line["path"] == "/pl/szukaj/"
    assert line["status"] == 200
    output = json_log.getvalue()
    assert "Kowalski" not in output and "example.org" not in output and "?" not in output


def test_a_sign_up_leaves_no_name_address_token_or_cookie_in_the_log(client, meeting, json_log):
    client.cookies["sessionid"] = "secret-session-cookie-value"
    posted = client.post(meeting.url, form_data(), REMOTE_ADDR="198.51.100.23")
    registration = Registration.objects.get(event=meeting)
    client.get(posted.url)  # the personal page, with the token in its path
    client.get(f"{meeting.url}zgloszenie/{'x' * 43}/")  # someone else's guess: 404

    post, personal_page, guess = request_lines(json_log)
    assert (post["method"], post["path"], post["status"]) == ("POST", meeting.url, 302)
    assert personal_page["path"] == f"{meeting.url}zgloszenie/[token]/"
    assert personal_page["status"] == 200
    assert (guess["path"], guess["status"]) == (f"{meeting.url}zgloszenie/[token]/", 404)
    output = json_log.getvalue()
    for personal in [
        registration.token,
        "x" * 43,
        "jan0@example.org",
        "Kowalski0",
        "600 100 200",
        "198.51.100.23",
        "secret-session-cookie-value",
        "nowe=1",
    ]:
        assert personal not in output, personal


def test_a_missing_page_is_one_line_with_typed_personal_data_masked(client, db, json_log):
    client.get("/pl/anna.nowak@example.org/90010112345/", {"imie": "Anna"})

    [line] = request_lines(json_log)
    assert line["status"] == 404
    assert line["path"] == "/pl/[email]/[number]/"
    # Django's own "Not Found: <path>" warning (off in production) is masked too, and names
    # the request although Django writes it after the middleware is done.
    [django_line] = [line for line in lines(json_log) if line["logger"] == "django.request"]
    assert django_line["message"] == "Not Found: /pl/[email]/[number]/"
    assert django_line["request_id"] == line["request_id"]
    output = json_log.getvalue()
    assert "Anna" not in output and "nowak" not in output and "90010112345" not in output


def test_a_logged_in_editor_is_not_named(admin_client, json_log):
    admin_client.get("/admin/")

    [line] = request_lines(json_log)
    assert set(line) == REQUEST_FIELDS
    assert (line["path"], line["status"]) == ("/admin/", 200)
    assert "admin@example.com" not in json_log.getvalue()


def test_records_written_while_answering_carry_the_request_id(client, db, json_log):
    client.get("/pl/nie-ma-takiej-strony/", HTTP_X_REQUEST_ID="proxy-given-id-42")
    client.get("/pl/nie-ma-takiej-strony/", HTTP_X_REQUEST_ID='"; DROP TABLE logs; --')

    given, replaced = request_lines(json_log)
    assert given["request_id"] == "proxy-given-id-42"
    assert replaced["request_id"] != given["request_id"]
    assert "DROP" not in json_log.getvalue()


def test_application_records_and_their_exceptions_are_json_lines_with_tokens_masked(json_log):
    try:
        raise ValueError("no page at /pl/spotkania/x/zgloszenie/abcdefghijklmnopqrstuvwxyz/")
    except ValueError:
        logging.getLogger("portal.events").exception("Mail to ewa@example.org failed")

    [line] = lines(json_log)
    assert line["level"] == "ERROR"
    assert line["logger"] == "portal.events"
    assert line["message"] == "Mail to [email] failed"
    assert "ValueError" in line["exception"]
    assert "/zgloszenie/[token]" in line["exception"]
    assert "abcdefghijklmnopqrstuvwxyz" not in json_log.getvalue()


# Production settings ---------------------------------------------------------------------------

LOG_FROM_PRODUCTION = """
import logging
import warnings
import django

django.setup()
warnings.warn("Przestarzała funkcja")
logging.getLogger("portal.reports").warning("Nie udało się odczytać pliku")
print(logging.getLogger("portal.requests").isEnabledFor(logging.INFO))
print(logging.getLogger("django.request").isEnabledFor(logging.WARNING))
"""


def log_under_production_settings(**env):
    environment = {
        name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=get_random_secret_key(),
        EMAIL_URL="smtp://localhost:25",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-c", LOG_FROM_PRODUCTION],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_production_writes_json_lines_and_a_line_per_request():
    result = log_under_production_settings()

    assert result.returncode == 0, result.stderr
    *_, warning, record = [json.loads(line) for line in result.stderr.strip().splitlines()]
    assert warning["logger"] == "py.warnings" and "Przestarzała funkcja" in warning["message"]
    assert record["message"] == "Nie udało się odczytać pliku"
    assert (record["level"], record["logger"]) == ("WARNING", "portal.reports")
    assert result.stdout.split() == ["True", "False"]


def test_production_can_write_text_and_refuses_an_unknown_format():
    text = log_under_production_settings(LOG_FORMAT="text")
    assert text.returncode == 0, text.stderr
    assert text.stderr.strip().splitlines()[-1] == "Nie udało się odczytać pliku"

    unknown = log_under_production_settings(LOG_FORMAT="xml")
    assert unknown.returncode != 0
    assert "LOG_FORMAT must be json or text, not 'xml'" in unknown.stderr


def test_development_keeps_readable_lines_without_request_lines(settings):
    assert settings.LOGGING["handlers"]["console"]["formatter"] == "text"
    assert settings.LOGGING["loggers"]["portal.requests"]["level"] == "WARNING"
