"""Who may see and decide on applications for staff trainings.

A training's organisers (the group below, with the right to edit the training's page) see
and decide on all its applications; a partner's coordinator (Partner.coordinators) only on
the applications of their own partner's staff. Nobody else sees them.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

ORGANISERS_GROUP_NAME = "Organizatorzy szkoleń – zgłoszenia"
COORDINATORS_GROUP_NAME = "Koordynatorzy partnerów – zgłoszenia na szkolenia"
VIEW_APPLICATIONS = "trainings.view_trainingapplication"
CHANGE_APPLICATIONS = "trainings.change_trainingapplication"


def organises(user, training):
    """Organisers see every application of trainings whose page they may edit."""
    return user.has_perm(CHANGE_APPLICATIONS) and training.permissions_for_user(user).can_edit()


def coordinated_partner_ids(user):
    if not user.is_authenticated:
        return set()
    return set(user.coordinated_partners.values_list("pk", flat=True))


def visible_applications(user, training):
    """The training's applications the user may see and decide on (none for others)."""
    applications = training.application_set.all()
    if organises(user, training):
        return applications
    return applications.filter(partner__in=coordinated_partner_ids(user))


def may_see_applications(user, training):
    if organises(user, training):
        return True
    partners = coordinated_partner_ids(user)
    return bool(partners) and training.quotas.filter(partner__in=partners).exists()


def ensure_training_groups():
    organisers, _created = Group.objects.get_or_create(name=ORGANISERS_GROUP_NAME)
    organisers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["trainings", "wagtailadmin"],
            codename__in=[
                "view_trainingapplication",
                "change_trainingapplication",
                "access_admin",
            ],
        )
    )
    coordinators, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP_NAME)
    coordinators.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return organisers, coordinators


def sync_coordinators_group(user_ids):
    """Whoever coordinates a partner is in the coordinators' group (which lets them into the
    admin), and leaves it with their last partner."""
    group = Group.objects.get_or_create(name=COORDINATORS_GROUP_NAME)[0]
    users = get_user_model().objects.filter(pk__in=user_ids)
    coordinating = users.filter(coordinated_partners__isnull=False).distinct()
    group.user_set.add(*coordinating)
    group.user_set.remove(*users.exclude(pk__in=coordinating.values("pk")))
