"""Lists cost the same number of queries whatever the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.tree import build_tree

# What rendering costs, as for a visitor the page cache does not serve.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def queries_for(client, url):
    """Queries of a page served once already: the site furniture, rebuilt after the pages
    were added, is in the cache (as it is for all but the first visitor)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_items(tree, count, start):
    tag = factories.TagFactory()
    for n in range(start, start + count):
        zone = tree.zones["WTZ"] if n % 2 else tree.zones["Biznesu"]
        news = factories.NewsPageFactory(parent=zone if n % 3 else tree.news_index)
        news.tag_links.create(tag=tag)
        factories.ReportPageFactory(parent=tree.zone_reports["WTZ"] if n % 2 else tree.reports)


@pytest.mark.parametrize("path", ["news_index", "zone", "reports"])
def test_list_queries_do_not_grow_with_items(client, path):
    tree = build_tree()
    url = {
        "news_index": tree.news_index.url,
        "zone": tree.zones["WTZ"].url,
        "reports": tree.reports.url,
    }[path]
    add_items(tree, 5, 0)
    with_five = queries_for(client, url)
    add_items(tree, 45, 5)
    with_fifty = queries_for(client, url)
    assert with_fifty == with_five, (
        f"{path}: {with_five} queries with 5 items, {with_fifty} with 50"
    )


def test_meeting_list_queries_do_not_grow_with_meetings(client):
    tree = build_tree()
    index = factories.EventIndexPageFactory(parent=tree.home, slug="spotkania")

    def add_meetings(count):
        for n in range(count):
            parent = tree.zones["WTZ"] if n % 2 else index
            meeting = factories.EventPageFactory(parent=parent)
            factories.RegistrationFactory(event=meeting, people=2)

    add_meetings(5)
    with_five = queries_for(client, index.url)
    add_meetings(5)  # a full page of ten
    with_ten = queries_for(client, index.url)
    assert with_ten == with_five, f"{with_five} queries with 5 meetings, {with_ten} with 10"
