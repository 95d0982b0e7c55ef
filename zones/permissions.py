"""Editor groups: one per zone, limited to that zone's subtree in every language, and one
site-wide moderators group."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

ZONE_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
MODERATORS_GROUP_NAME = "Moderatorzy – cała witryna"


def zone_group_name(source_zone):
    return f"Redakcja – {source_zone.title}"


def _grant(group, pages, page_permissions):
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
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )


def ensure_zone_editor_group(zone):
    """The zone's editors may work on the zone in every language and nowhere else."""
    source = zone.get_translation_or_none(zone.locale.get_default()) or zone
    group, _created = Group.objects.get_or_create(name=zone_group_name(source))
    _grant(group, [source, *source.get_translations()], ZONE_PAGE_PERMISSIONS)
    return group


def ensure_moderators_group():
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP_NAME)
    _grant(group, Page.get_root_nodes(), MODERATOR_PAGE_PERMISSIONS)
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
    return group
