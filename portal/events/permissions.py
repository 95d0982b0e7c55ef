"""Who may see and manage participants' personal data, and the group that gives the right.
Membership is the right: add organisers to the group next to their zone's editor group."""

from django.contrib.auth.models import Group, Permission

REGISTRATION_MANAGERS_GROUP_NAME = "Organizatorzy spotkań – dane uczestników"
VIEW_REGISTRATIONS = "events.view_registration"
CHANGE_REGISTRATIONS = "events.change_registration"


def may_see_registrations(user, event):
    """Only for meetings whose page the user may edit, so zone editors see their own zone's
    meetings only."""
    return user.has_perm(VIEW_REGISTRATIONS) and event.permissions_for_user(user).can_edit()


def may_change_registrations(user):
    return user.has_perm(CHANGE_REGISTRATIONS)


def ensure_registration_managers_group():
    group, _created = Group.objects.get_or_create(name=REGISTRATION_MANAGERS_GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["events", "wagtailadmin"],
            codename__in=["view_registration", "change_registration", "access_admin"],
        )
    )
    return group
