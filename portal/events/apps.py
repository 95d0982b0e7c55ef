from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "portal.events"
    label = "events"
    verbose_name = _("Spotkania i zapisy")

    def ready(self):
        def create_registration_managers_group(sender, using="default", **kwargs):
            from django.contrib.auth.management import create_permissions

            from portal.events.permissions import ensure_registration_managers_group

            # This app is set up before django.contrib.auth, so make sure its permissions
            # exist before granting them.
            create_permissions(sender, verbosity=0, using=using)
            ensure_registration_managers_group()

        post_migrate.connect(
            create_registration_managers_group,
            sender=self,
            dispatch_uid="registration-managers-group",
            weak=False,
        )
