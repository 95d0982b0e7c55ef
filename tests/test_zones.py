"""Zones: each zone's editors work only inside their zone; pages know their zone; the
central report index gathers every zone's reports."""

import pytest
from django.contrib.auth.models import Group, User

from tests import factories
from tests.tree import build_tree
from zones.permissions import ensure_moderators_group, zone_group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return build_tree()


def editor_of(zone, username):
    user = User.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=zone_group_name(zone)))
    return user


def test_each_zone_gets_an_editor_group_when_created(tree):
    assert Group.objects.filter(name="Redakcja – Strefa WTZ").exists()
    assert Group.objects.filter(name="Redakcja – Strefa Biznesu").exists()


def test_zone_editor_cannot_edit_or_add_in_another_zone(client, tree):
    own_page = factories.StandardPageFactory(parent=tree.zones["WTZ"], title="Nasza strona")
    other_page = factories.StandardPageFactory(parent=tree.zones["Biznesu"], title="Cudza strona")
    client.force_login(editor_of(tree.zones["WTZ"], "wtz"))

    assert client.get(f"/admin/pages/{own_page.pk}/edit/").status_code == 200
    assert (
        client.get(f"/admin/pages/add/home/standardpage/{tree.zones['WTZ'].pk}/").status_code == 200
    )

    refused_edit = client.get(f"/admin/pages/{other_page.pk}/edit/")
    assert refused_edit.status_code == 302 and refused_edit.url == "/admin/"
    refused_add = client.get(f"/admin/pages/add/home/standardpage/{tree.zones['Biznesu'].pk}/")
    assert refused_add.status_code == 302 and refused_add.url == "/admin/"

    client.post(
        f"/admin/pages/{other_page.pk}/edit/",
        {"title": "Przejęta", "slug": other_page.slug, "intro": "", "body-count": "0"},
    )
    other_page.refresh_from_db()
    assert other_page.title == "Cudza strona"
    client.post(
        f"/admin/pages/add/home/standardpage/{tree.zones['Biznesu'].pk}/",
        {"title": "Wtargnięcie", "slug": "wtargniecie", "intro": "", "body-count": "0"},
    )
    assert not tree.zones["Biznesu"].get_children().filter(slug="wtargniecie").exists()


def test_zone_editor_cannot_edit_central_pages(client, tree):
    client.force_login(editor_of(tree.zones["WTZ"], "wtz"))
    response = client.get(f"/admin/pages/{tree.news_index.pk}/edit/")
    assert response.status_code == 302 and response.url == "/admin/"


def test_moderators_edit_everywhere(client, tree):
    page = factories.StandardPageFactory(parent=tree.zones["Biznesu"])
    moderator = User.objects.create_user(username="mod", password="x")
    moderator.groups.add(ensure_moderators_group())
    client.force_login(moderator)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{tree.news_index.pk}/edit/").status_code == 200


def test_pages_know_their_zone(tree):
    report = factories.ReportPageFactory(parent=tree.zone_reports["WTZ"])
    news = factories.NewsPageFactory(parent=tree.zones["Biznesu"])
    central = factories.ReportPageFactory(parent=tree.reports)
    assert report.zone.pk == tree.zones["WTZ"].pk
    assert news.zone.pk == tree.zones["Biznesu"].pk
    assert central.zone is None


def test_central_report_index_lists_every_zone_and_zone_index_only_its_own(client, tree):
    wtz = factories.ReportPageFactory(parent=tree.zone_reports["WTZ"], title="Raport WTZ")
    biz = factories.ReportPageFactory(parent=tree.zone_reports["Biznesu"], title="Raport Biznes")
    central = factories.ReportPageFactory(parent=tree.reports, title="Raport centralny")

    assert {p.pk for p in tree.reports.reports()} == {wtz.pk, biz.pk, central.pk}
    assert [p.pk for p in tree.zone_reports["WTZ"].reports()] == [wtz.pk]

    html = client.get(tree.reports.url).content.decode()
    for title in ("Raport WTZ", "Raport Biznes", "Raport centralny"):
        assert title in html
    assert "Strefa WTZ" in html, "each listed report is labelled with its zone"


def test_zone_landing_lists_its_newest_news_and_reports(client, tree):
    zone = tree.zones["WTZ"]
    factories.NewsPageFactory(parent=zone, title="Wieść ze strefy")
    factories.NewsPageFactory(parent=tree.zones["Biznesu"], title="Wieść z innej strefy")
    factories.ReportPageFactory(parent=tree.zone_reports["WTZ"], title="Raport strefy")
    html = client.get(zone.url).content.decode()
    assert "Wieść ze strefy" in html
    assert "Raport strefy" in html
    assert "Wieść z innej strefy" not in html
