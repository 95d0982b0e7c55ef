from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "portal.events"
    label = "events"
    verbose_name = _("Spotkania i zapisy")

    def ready(self):
        from portal.events.signal_handlers import create_registration_managers_group

        post_migrate.connect(
            create_registration_managers_group,
            sender=self,
            dispatch_uid="registration-managers-group",
        )
