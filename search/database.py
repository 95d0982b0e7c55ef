"""The database search backend (no SEARCH_URL): modelsearch's backend for the database in use,
with PostgreSQL's match made through its indexes (see search.postgres)."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as backend_for_database


def database_search_backend(params):
    if connection.vendor == "postgresql":
        # Importable only where PostgreSQL's driver is installed.
        from search.postgres import FoldedPostgresSearchBackend

        return FoldedPostgresSearchBackend(params)
    return backend_for_database(params)


# The name Wagtail looks for in a backend's module.
SearchBackend = database_search_backend
