"""Relevance, measured: the judged queries of portal/demo/relevance.py on the demo content,
on the database backend (SQLite FTS5 and PostgreSQL rank differently) and on the search node.
The floors are the figures reached when the set was written; a change that makes the first
five results worse fails here, and one that makes them better should raise the floor."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.search.backends import get_search_backend

from portal.demo.relevance import JUDGED_QUERIES, judge, scores
from tests.test_search import NODE, use_search_node

# (recall@5, mean reciprocal rank) reached when the set was written, rounded down.
FLOORS = {
    ("database", "sqlite"): (0.92, 0.78),
    ("database", "postgresql"): (0.94, 0.90),
    (NODE, "sqlite"): (0.93, 0.94),
    (NODE, "postgresql"): (0.93, 0.94),
}


@pytest.fixture(params=["database", NODE])
def backend(request, settings, demo_site):
    if request.param == "database":
        yield request.param
        return
    prefix = use_search_node(settings)
    call_command("update_index", stdout=io.StringIO())
    yield request.param
    get_search_backend().es.indices.delete(index=f"{prefix}*")


def test_the_judged_set_covers_what_people_type():
    languages = {language for language, _query, _expected in JUDGED_QUERIES}
    assert len(JUDGED_QUERIES) >= 40 and languages == {"pl", "en"}


def test_first_five_results_hold_recall_and_reciprocal_rank(client, backend):
    judgements = judge(client)
    recall, mrr = scores(judgements)
    missed = [
        f"{item.language} {item.query!r}: expected {item.expected}, first five {item.found[:5]}"
        for item in judgements
        if item.recall < 1
    ]
    print(f"{backend}: recall@5 {recall:.3f}, MRR {mrr:.3f}; missed:\n" + "\n".join(missed))
    least_recall, least_mrr = FLOORS[backend, connection.vendor]
    assert recall >= least_recall, "\n".join(missed)
    assert mrr >= least_mrr, "\n".join(missed)
