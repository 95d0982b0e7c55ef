"""Editors cannot build a wrong tree: each page type only goes where the design allows."""

import pytest

from home.models import ContactPage, HomePage, StandardPage
from portal.news.models import NewsIndexPage, NewsPage
from portal.reports.models import ReportIndexPage, ReportPage
from tests.tree import build_tree
from zones.models import ZonePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return build_tree()


def test_news_cannot_go_under_a_zone_report_index(tree):
    zone_reports = tree.zone_reports["WTZ"]
    assert not NewsPage.can_create_at(zone_reports)
    assert ReportPage.can_create_at(zone_reports)


def test_zone_accepts_its_own_pages_news_and_one_report_index(tree):
    zone = tree.zones["WTZ"]
    assert StandardPage.can_create_at(zone)
    assert NewsPage.can_create_at(zone)
    assert not ReportIndexPage.can_create_at(zone), "a zone has exactly one report index"
    assert not ZonePage.can_create_at(zone)
    assert not NewsIndexPage.can_create_at(zone)
    assert not ContactPage.can_create_at(zone)


def test_home_children_and_singletons(tree):
    home = tree.home
    assert ZonePage.can_create_at(home)
    assert StandardPage.can_create_at(home)
    assert ContactPage.can_create_at(home)
    assert not NewsIndexPage.can_create_at(home), "only one news index per home page"
    assert not NewsPage.can_create_at(home)
    assert not ReportPage.can_create_at(home)
    assert not HomePage.can_create_at(home)


def test_leaf_pages_take_no_children(tree):
    assert NewsPage.allowed_subpage_models() == []
    assert ReportPage.allowed_subpage_models() == []
    assert not StandardPage.can_create_at(tree.news_index)


def test_admin_refuses_to_add_a_news_item_under_a_report_index(admin_client, tree):
    url = f"/admin/pages/add/news/newspage/{tree.zone_reports['WTZ'].pk}/"
    refused = admin_client.get(url)
    assert refused.status_code == 302 and refused.url == "/admin/"
    admin_client.post(
        url, {"title": "Nie tutaj", "slug": "nie-tutaj", "lead": "x", "date": "2026-01-01"}
    )
    assert not NewsPage.objects.filter(slug="nie-tutaj").exists()
    allowed = admin_client.get(f"/admin/pages/add/news/newspage/{tree.zones['WTZ'].pk}/")
    assert allowed.status_code == 200
