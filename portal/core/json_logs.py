"""Logs a log collector can read without a parser of its own: one JSON object a line, for every
request and every application record (LOG_FORMAT=json, the production default).

A request line says what an operator needs (method, path, status, time taken, size, request
id) and nothing about the visitor: no address, user, cookie or query string (search queries
hold names), and the personal tokens, e-mail addresses and long numbers a path may carry are
masked, in request lines and in every other record's text.
"""

import contextvars
import datetime
import json
import logging
import os
import re
import time
import uuid

from django.core.exceptions import ImproperlyConfigured

request_logger = logging.getLogger("portal.requests")

# The request being answered, so that every record written meanwhile names it.
current_request_id = contextvars.ContextVar("current_request_id", default=None)

# An id the proxy in front already gave the request (nginx: $request_id) is kept when it looks
# like one; anything else a client sends is replaced.
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

MASKS = [
    # A registration's personal page (portal/events/models.py, EventPage.manage_registration).
    (re.compile(r"/zgloszenie/[^/?#\s]+"), "/zgloszenie/[token]"),
    # The admin's password reset link (wagtail/admin/urls/password_reset.py).
    (
        re.compile(r"/password_reset/confirm/[^/?#\s]+/[^/?#\s]+"),
        "/password_reset/confirm/[uid]/[token]",
    ),
    (re.compile(r"[^/\s@'\"?#]+@[^/\s@'\"?#]+"), "[email]"),
    # Phone, PESEL and other identity numbers someone typed into an address.
    (re.compile(r"\d{9,}"), "[number]"),
]


def log_format_from_environment(default):
    """LOG_FORMAT: "json" or "text"."""
    value = os.environ.get("LOG_FORMAT", "").strip().lower() or default
    if value not in {"json", "text"}:
        raise ImproperlyConfigured(f"LOG_FORMAT must be json or text, not {value!r}.")
    return value


def mask_personal_data(text):
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text


class JsonLogFormatter(logging.Formatter):
    """time, level, logger, message; the request id while a request is answered; a request
    line's own fields; the exception, if any. The text is masked (mask_personal_data)."""

    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": mask_personal_data(record.getMessage()),
        }
        # Django logs a request's 4xx/5xx after the middleware is done: from its request.
        request_id = getattr(getattr(record, "request", None), "request_id", None)
        request_id = request_id or current_request_id.get()
        if request_id:
            entry["request_id"] = request_id
        entry.update(getattr(record, "http", {}))
        if record.exc_info:
            entry["exception"] = mask_personal_data(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = mask_personal_data(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False)


def response_size(response):
    """Bytes of the body, when known without reading a streamed one."""
    if not response.streaming:
        return len(response.content)
    length = response.get("Content-Length")
    return int(length) if length and length.isdigit() else None


class RequestLogMiddleware:
    """One `portal.requests` record per request, and its id in X-Request-ID (give it when
    reporting a problem). Placed after the health checks: load balancers' probes are not logged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request_id = given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            path = mask_personal_data(request.path)
            request_logger.info(
                "%s %s %s",
                request.method,
                path,
                response.status_code,
                extra={
                    "http": {
                        "method": request.method,
                        "path": path,
                        "status": response.status_code,
                        "duration_ms": duration_ms,
                        "size": response_size(response),
                    }
                },
            )
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response
