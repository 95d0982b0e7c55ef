from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "portal.trainings"
    label = "trainings"
    verbose_name = _("Szkolenia kadry i program szkoleń")

    def ready(self):
        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from portal.trainings import signal_handlers
        from portal.trainings.models import Partner, TrainingApplication

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
        m2m_changed.connect(
            signal_handlers.update_coordinators_group,
            sender=Partner.coordinators.through,
            dispatch_uid="training-coordinators-group",
        )
