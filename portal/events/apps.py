from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "portal.events"
    label = "events"
    verbose_name = _("Spotkania i zapisy")

    def ready(self):
        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from portal.events import signal_handlers
        from portal.events.models import Registration

        post_migrate.connect(
            signal_handlers.create_registration_managers_group,
            sender=self,
            dispatch_uid="registration-managers-group",
        )
        for name, signal in {"saved": post_save, "deleted": post_delete}.items():
            signal.connect(
                signal_handlers.purge_meeting_pages,
                sender=Registration,
                dispatch_uid=f"page-cache-registration-{name}",
            )
