"""The portal's standing groups and collections come from `migrate`, not from the demo:
a production database gets the moderators and the organisers' groups, every zone's
collection, and loses Wagtail's default site-wide "Editors" and "Moderators"."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from portal.events.permissions import REGISTRATION_MANAGERS_GROUP_NAME
from portal.reports.models import ReportDocument
from tests import factories
from tests.tree import build_tree
from zones.permissions import MODERATORS_GROUP_NAME, zone_group_name

pytestmark = pytest.mark.django_db

WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def migrate():
    """What a deployment runs: nothing is left to apply, so only post_migrate does work."""
    output = io.StringIO()
    call_command("migrate", interactive=False, verbosity=1, stdout=output)
    return output.getvalue()


def pdf_in(collection, title):
    return Document.objects.create(
        title=title, collection=collection, file=ContentFile(b"%PDF-1.4\n", name="plik.pdf")
    )


def page_rights(group):
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page__depth", "permission__codename"
        )
    )


def collection_rights(group):
    return set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection__name", "permission__codename"
        )
    )


def snapshot():
    """Every group with its rights, and every collection with its files."""
    return {
        "groups": {
            group.name: (
                sorted(group.permissions.values_list("codename", flat=True)),
                sorted(page_rights(group)),
                sorted(collection_rights(group)),
            )
            for group in Group.objects.all()
        },
        "collections": sorted(Collection.objects.values_list("path", "name")),
        "files": sorted(Document.objects.values_list("pk", "collection_id")),
        "approvers": sorted(GroupApprovalTask.objects.values_list("pk", "groups__name")),
    }


def assert_moderators_have_their_rights():
    moderators = Group.objects.get(name=MODERATORS_GROUP_NAME)
    root_rights = {codename for depth, codename in page_rights(moderators) if depth == 1}
    assert root_rights == {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    assert {
        ("Root", "change_document"),
        ("Root", "choose_document"),
        ("Root", "change_image"),
        ("Root", "choose_image"),
        ("Wspólne", "add_document"),
        ("Wspólne", "add_image"),
    } <= collection_rights(moderators)
    codenames = set(moderators.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_tag", "view_consentrecord", "add_searchpromotion"} <= codenames


def test_the_migrated_test_database_has_the_standing_groups():
    assert_moderators_have_their_rights()
    organisers = Group.objects.get(name=REGISTRATION_MANAGERS_GROUP_NAME)
    assert set(organisers.permissions.values_list("codename", flat=True)) == {
        "view_registration",
        "change_registration",
        "access_admin",
    }


def test_migrate_recreates_the_standing_groups_on_a_database_without_them():
    standing = [MODERATORS_GROUP_NAME, REGISTRATION_MANAGERS_GROUP_NAME]
    Group.objects.filter(name__in=standing).delete()
    migrate()
    assert_moderators_have_their_rights()
    assert Group.objects.filter(name=REGISTRATION_MANAGERS_GROUP_NAME).exists()


def test_wagtail_default_groups_hold_no_rights():
    defaults = Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS)
    assert not GroupPagePermission.objects.filter(group__in=defaults).exists()
    assert not GroupCollectionPermission.objects.filter(group__in=defaults).exists()
    assert not Permission.objects.filter(group__in=defaults).exists()


def test_wagtail_default_groups_are_removed_and_their_moderators_keep_working():
    """An older database still has Wagtail's groups (with a member) and its approval task."""
    wagtail_moderators, _created = Group.objects.get_or_create(name="Moderators")
    if not page_rights(wagtail_moderators):
        GroupPagePermission.objects.create(
            group=wagtail_moderators, page=Page.get_first_root_node(), permission_type="publish"
        )
    member = factories.UserFactory(username="stara-moderatorka")
    member.groups.add(wagtail_moderators)
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([wagtail_moderators])
    wagtail_editors, _created = Group.objects.get_or_create(name="Editors")
    wagtail_editors.permissions.add(Permission.objects.get(codename="access_admin"))
    factories.UserFactory(username="stary-redaktor").groups.add(wagtail_editors)

    output = migrate()

    assert not Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).exists()
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS_GROUP_NAME]
    assert list(member.groups.values_list("name", flat=True)) == [MODERATORS_GROUP_NAME]
    assert "add its former members to a zone's editor group: stary-redaktor" in output


def test_running_the_handler_twice_changes_nothing():
    migrate()
    first = snapshot()
    migrate()
    assert snapshot() == first


def test_migrate_closes_the_root_collection_hole_of_older_zone_groups():
    """Before zone collections, every zone group could change every file (root rights);
    files lay in the root. Migrating sorts the files and keeps only the zone's rights."""
    tree = build_tree()
    root = Collection.get_first_root_node()
    group = Group.objects.get(name=zone_group_name(tree.zones["WTZ"]))
    for codename in ("add_document", "change_document", "choose_document", "change_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=Permission.objects.get(codename=codename)
        )
    only_biznes = pdf_in(root, "Tylko Biznes")
    both_zones = pdf_in(root, "Dwie strefy")
    unused = pdf_in(root, "Nieużywany")
    for zone, documents in (("Biznesu", [only_biznes, both_zones]), ("WTZ", [both_zones])):
        report = factories.ReportPageFactory(parent=tree.zone_reports[zone])
        report.documents = [ReportDocument(document=doc, language="pl") for doc in documents]
        report.save_revision().publish()

    migrate()

    assert not GroupCollectionPermission.objects.filter(group=group, collection=root).exists()
    assert collection_rights(group) >= {
        ("Strefa WTZ", "change_document"),
        ("Wspólne", "choose_document"),
    }
    assert not {codename for name, codename in collection_rights(group) if name == "Wspólne"} - {
        "choose_document",
        "choose_image",
    }
    only_biznes.refresh_from_db()
    both_zones.refresh_from_db()
    unused.refresh_from_db()
    assert only_biznes.collection.name == "Strefa Biznesu"
    assert both_zones.collection.name == "Wspólne"
    assert unused.collection.name == "Wspólne"
    assert not Document.objects.filter(collection=root).exists()


def test_migrate_is_safe_on_an_empty_database():
    """`flush` empties every table, Wagtail's root page and collection included, and sends
    post_migrate as migrate does: the standing groups still come, without collections."""
    try:
        call_command("flush", interactive=False, verbosity=0)
        assert not Collection.objects.exists()
        assert Group.objects.filter(name=MODERATORS_GROUP_NAME).exists()
        assert Group.objects.filter(name=REGISTRATION_MANAGERS_GROUP_NAME).exists()
    finally:
        ContentType.objects.clear_cache()  # flush gave content types new ids
