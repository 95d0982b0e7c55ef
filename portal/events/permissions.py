"""The group that may see and manage participants' personal data. Membership is the right:
add organisers to it next to their zone's editor group."""

from django.contrib.auth.models import Group, Permission

REGISTRATION_MANAGERS_GROUP_NAME = "Organizatorzy spotkań – dane uczestników"


def ensure_registration_managers_group():
    group, _created = Group.objects.get_or_create(name=REGISTRATION_MANAGERS_GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["events", "wagtailadmin"],
            codename__in=["view_registration", "change_registration", "access_admin"],
        )
    )
    return group
