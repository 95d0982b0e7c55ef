"""gunicorn for the portal: `gunicorn -c gunicorn.conf.py portal.wsgi`. Each value can be
changed from the environment; the defaults suit a small server behind a reverse proxy."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two per core and one more: requests wait on the database and the search engine.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A request longer than this is killed; keep PDF_EXTRACTION_TIMEOUT_SECONDS (15) below it.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests, so slow memory growth cannot accumulate.
max_requests = 1000
max_requests_jitter = 100
# Only the proxy in front may say which address a visitor came from (see TRUSTED_PROXY_COUNT).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# No access log: request lines carry visitors' addresses and search queries (personal data);
# errors still go to standard error.
accesslog = None
errorlog = "-"
# gunicorn's own lines (workers starting and stopping, timeouts) as JSON too, like the portal's
# (LOG_FORMAT, json by default in production; portal/core/json_logs.py).
if os.environ.get("LOG_FORMAT", "").strip().lower() in {"", "json"}:
    logconfig_dict = {
        "formatters": {"json": {"()": "portal.core.json_logs.JsonLogFormatter"}},
        "handlers": {
            name: {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
            for name in ("console", "error_console")
        },
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
            # A logging config would switch gunicorn's access log on: it stays off (see above).
            "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
        },
    }
