"""What a load balancer asks a server: `/healthz`, is this process answering, and `/readyz`,
can it serve pages, that is reach the database, the cache and the search engine.

Answered by the first middleware, before host checks, HTTPS redirects, sessions and language
redirects: balancers probe each server by its address, often over plain HTTP.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

PROBES = {"/healthz", "/healthz/", "/readyz", "/readyz/"}


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return True


def cache_answers():
    key = f"portal:readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    answered = cache.get(key) == "ok"
    cache.delete(key)
    return answered


def search_answers():
    """The engine answers a ping; the database backend is the database, checked already."""
    backend = get_search_backend()
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        return bool(backend.es.ping())
    return True


CHECKS = {"database": database_answers, "cache": cache_answers, "search": search_answers}


def readiness():
    """{part: "ok" or "unavailable"}; why a part failed goes to the log, not to the prober."""
    found = {}
    for name, check in CHECKS.items():
        try:
            answered = check()
        except Exception:  # any failure of a part means: send no visitors here
            logger.warning("readyz: %s unavailable", name, exc_info=True)
            answered = False
        found[name] = "ok" if answered else "unavailable"
    return found


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info not in PROBES:
            return self.get_response(request)
        if request.path_info.startswith("/healthz"):
            response = JsonResponse({"status": "ok"})
        else:
            parts = readiness()
            ready = all(state == "ok" for state in parts.values())
            response = JsonResponse(
                {"status": "ok" if ready else "unavailable", **parts}, status=200 if ready else 503
            )
        response["Cache-Control"] = "no-store"
        return response
