"""Visitors' search queries (which can hold names or e-mail addresses people type) are kept
for SEARCH_QUERY_RETENTION_DAYS, then `purge_search_queries` deletes them."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search.models import UnansweredQuery
from tests import factories
from tests.tree import build_tree

pytestmark = pytest.mark.django_db


def searched(client, query, days_ago):
    """A visitor's search made `days_ago` days ago (made now, then dated back)."""
    assert client.get("/pl/szukaj/", {"q": query}).status_code == 200
    when = timezone.now() - datetime.timedelta(days=days_ago)
    normalised = Query.get(query)
    QueryDailyHits.objects.filter(query=normalised, date=timezone.now().date()).update(
        date=when.date()
    )
    UnansweredQuery.objects.filter(query_string=query.lower()).update(last_searched_at=when)
    return normalised


@override_settings(SEARCH_QUERY_RETENTION_DAYS=30)
def test_queries_older_than_the_retention_period_are_purged(client):
    report = factories.ReportPageFactory(parent=build_tree(zone_names=()).reports)
    old = searched(client, "jan kowalski jan@example.org", days_ago=31)
    recent = searched(client, "anna nowak anna@example.org", days_ago=29)
    twice = searched(client, "spoldzielnia", days_ago=40)
    searched(client, "spoldzielnia", days_ago=2)
    promoted = searched(client, "trener pracy", days_ago=60)
    SearchPromotion.objects.create(query=promoted, page=report, sort_order=0)

    call_command("purge_search_queries", stdout=io.StringIO())

    assert not Query.objects.filter(pk=old.pk).exists()
    assert not UnansweredQuery.objects.filter(query_string__contains="jan@example.org").exists()
    assert UnansweredQuery.objects.filter(query_string__contains="anna@example.org").exists()
    assert recent.hits == 1
    assert [hit.date for hit in twice.daily_hits.all()] == [
        (timezone.now() - datetime.timedelta(days=2)).date()
    ]
    # An editor's promotion keeps its query, not the visitors' old counts.
    assert Query.objects.filter(pk=promoted.pk).exists() and promoted.hits == 0


def test_search_statistics_are_kept_as_long_as_the_queries(settings):
    assert settings.WAGTAILSEARCH_HITS_MAX_AGE == settings.SEARCH_QUERY_RETENTION_DAYS
