from django.apps import AppConfig
from django.db.models.signals import post_save


class ZonesConfig(AppConfig):
    name = "zones"

    def ready(self):
        from zones.models import ZonePage
        from zones.permissions import ensure_zone_editor_group

        def give_zone_its_editor_group(sender, instance, raw=False, **kwargs):
            """New zones and their translations are editable by the zone's group at once."""
            if not raw:
                ensure_zone_editor_group(instance)

        post_save.connect(
            give_zone_its_editor_group,
            sender=ZonePage,
            dispatch_uid="zone-editor-group",
            weak=False,
        )
