from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "portal.trainings"
    label = "trainings"
    verbose_name = _("Szkolenia kadry i program szkoleń")

    def ready(self):
        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from portal.trainings import signal_handlers
        from portal.trainings.models import TrainingApplication

        post_migrate.connect(
            signal_handlers.create_training_groups,
            sender=self,
            dispatch_uid="training-groups",
        )
        for name, signal in {"saved": post_save, "deleted": post_delete}.items():
            signal.connect(
                signal_handlers.purge_training_pages,
                sender=TrainingApplication,
                dispatch_uid=f"page-cache-training-application-{name}",
            )
