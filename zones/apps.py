from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class ZonesConfig(AppConfig):
    name = "zones"

    def ready(self):
        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from zones import signal_handlers
        from zones.models import ZonePage

        post_save.connect(
            signal_handlers.give_zone_its_editor_group,
            sender=ZonePage,
            dispatch_uid="zone-editor-group",
        )
        post_migrate.connect(
            signal_handlers.set_up_groups_and_collections,
            sender=self,
            dispatch_uid="standing-groups-and-collections",
        )
