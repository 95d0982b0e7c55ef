"""Editor groups: one per zone, limited to that zone's subtree in every language (including
starting its translations) and to the zone's collection of files, and one site-wide
moderators group.

Files: a zone's editors add, change and choose in their zone's collection and only choose in
"Wspólne"; they have no right on the root collection, because Wagtail passes a collection's
rights down to every collection below it. (Wagtail lets whoever may change a file delete it,
and whoever may add to a collection change and delete their own uploads there.)"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from zones.collections import file_models, shared_collection, source_zone, zone_collection

ZONE_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
FILE_ACTIONS = ("add", "change", "delete", "choose")
MODERATORS_GROUP_NAME = "Moderatorzy – cała witryna"
WAGTAIL_DEFAULT_GROUP_NAMES = ("Editors", "Moderators")


def zone_group_name(source_zone):
    return f"Redakcja – {source_zone.title}"


def _file_permissions(actions):
    return Permission.objects.filter(
        content_type__app_label__in=[model._meta.app_label for model in file_models()],
        codename__in=[
            f"{action}_{model._meta.model_name}" for action in actions for model in file_models()
        ],
    )


def _grant_files(group, collection, actions):
    for permission in _file_permissions(actions):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _revoke_files(group, collection, actions=FILE_ACTIONS):
    GroupCollectionPermission.objects.filter(
        group=group, collection=collection, permission__in=_file_permissions(actions)
    ).delete()


def _grant_pages(group, pages, page_permissions):
    for page in pages:
        for permission_type in page_permissions:
            codename = f"{permission_type}_page"
            if not GroupPagePermission.objects.filter(
                group=group, page=page, permission__codename=codename
            ).exists():
                GroupPagePermission.objects.create(
                    group=group, page=page, permission_type=permission_type
                )
    group.permissions.add(Permission.objects.get(codename="access_admin"))


def ensure_zone_editor_group(zone):
    """The zone's editors may work on the zone in every language and on its files, and
    nowhere else. Also gives the zone its collection, and the moderators a way to add to it."""
    source = source_zone(zone)
    group, _created = Group.objects.get_or_create(name=zone_group_name(source))
    _grant_pages(group, [source, *source.get_translations()], ZONE_PAGE_PERMISSIONS)
    # "Translate this page" (wagtail-localize), limited to the zone's pages by zones.views.
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    own_files = zone_collection(source)
    _grant_files(group, own_files, ("add", "change", "choose"))
    _grant_files(group, shared_collection(), ("choose",))
    # Rights on the root reach every zone's files: earlier versions granted them.
    _revoke_files(group, Collection.get_first_root_node())
    moderators = Group.objects.filter(name=MODERATORS_GROUP_NAME).first()
    if moderators is not None:
        _grant_files(moderators, own_files, ("add",))
    return group


def ensure_moderators_group():
    """Moderators edit every page and every file. They add files to "Wspólne" or a zone's
    collection, not to the root, so their upload form starts at "Wspólne"."""
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP_NAME)
    _grant_pages(group, Page.get_root_nodes(), MODERATOR_PAGE_PERMISSIONS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=[
                "consent",
                "core",
                "search",
                "wagtaildocs",
                "wagtailimages",
                "wagtail_localize",
                "wagtailsearchpromotions",
            ]
        )
    )
    if Collection.get_first_root_node() is None:
        return group  # a flushed database: no collections until Wagtail's data is back
    shared_collection()
    root = Collection.get_first_root_node()
    _grant_files(group, root, ("change", "choose"))
    _revoke_files(group, root, ("add",))
    for collection in root.get_children():
        _grant_files(group, collection, ("add",))
    return group


def remove_wagtail_default_groups(moderators):
    """Wagtail's own migrations create "Editors" and "Moderators" with rights over every page
    and file; the portal's zone groups and moderators replace them. They are deleted rather
    than emptied, so nobody is put into a group that looks right and grants nothing (or,
    after a Wagtail upgrade that grants it something new, too much). Wagtail's "Moderators"
    are moderators here too: their members and the approval steps they were asked for pass
    to the portal's moderators. Returns the members of "Editors", who need a zone's group."""
    former_editors = []
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUP_NAMES):
        for task in GroupApprovalTask.objects.filter(groups=group):
            task.groups.add(moderators)
        if group.name == "Moderators":
            moderators.user_set.add(*group.user_set.all())
        else:
            former_editors += [user.get_username() for user in group.user_set.all()]
        group.delete()
    return former_editors
