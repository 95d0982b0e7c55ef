"""Zones get their editor group and collection when they are created; `migrate` sets up the
standing groups and collections (permissions exist only once auth's own post_migrate has
run, so this is the one reliable place, and a production database never loads the demo)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from zones.collections import sort_root_files
from zones.models import ZonePage
from zones.permissions import (
    ensure_moderators_group,
    ensure_zone_editor_group,
    remove_wagtail_default_groups,
)

MODELS_USED = (
    "auth.Group",
    "wagtailcore.Collection",
    "wagtailcore.GroupApprovalTask",
    "wagtailcore.GroupCollectionPermission",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.ReferenceIndex",
    "wagtaildocs.Document",
    "wagtailimages.Image",
    "zones.ZonePage",
)


def give_zone_its_editor_group(sender, instance, raw=False, **kwargs):
    """New zones and their translations are editable by the zone's group at once."""
    if not raw:
        ensure_zone_editor_group(instance)


def set_up_groups_and_collections(
    sender, apps=global_apps, using="default", verbosity=1, stdout=None, **kwargs
):
    """Idempotent: the moderators group, every zone's group and collection, files sorted out
    of the root collection, and Wagtail's default groups removed."""
    try:
        for label in MODELS_USED:
            apps.get_model(label)
    except LookupError:
        return  # migrated back to before these models exist
    # This app comes before most others, whose permissions auth creates only later.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    moderators = ensure_moderators_group()
    for zone in ZonePage.objects.all():
        ensure_zone_editor_group(zone)
    sort_root_files()
    former_editors = remove_wagtail_default_groups(moderators)
    if former_editors and verbosity and stdout is not None:
        stdout.write(
            "Wagtail's group \"Editors\" was removed; add its former members to a zone's "
            f"editor group: {', '.join(former_editors)}"
        )
