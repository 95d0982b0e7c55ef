from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "portal.practices"
    label = "practices"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from portal.practices import signal_handlers
        from portal.practices.models import PracticePage

        page_published.connect(
            signal_handlers.practice_published,
            sender=PracticePage,
            dispatch_uid="practice-published",
        )
        page_unpublished.connect(
            signal_handlers.practice_unpublished,
            sender=PracticePage,
            dispatch_uid="practice-unpublished",
        )
