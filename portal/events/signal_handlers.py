from django.contrib.auth.management import create_permissions

from portal.events.permissions import ensure_registration_managers_group


def create_registration_managers_group(sender, using="default", **kwargs):
    """After every migrate, so a new database has the organisers' group without the demo."""
    # This app is set up before django.contrib.auth, so make sure its permissions
    # exist before granting them.
    create_permissions(sender, verbosity=0, using=using)
    ensure_registration_managers_group()
