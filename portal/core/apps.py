from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from portal.consent.models import ConsentCookie, ConsentSettings
        from portal.core import signal_handlers
        from portal.core.models import SiteContent, Tag

        post_migrate.connect(
            signal_handlers.create_configured_locales, sender=self, dispatch_uid="portal-locales"
        )
        page_signals = {
            "published": page_published,
            "unpublished": page_unpublished,
            "moved": post_page_move,
        }
        for name, signal in page_signals.items():
            signal.connect(signal_handlers.renew_furniture, dispatch_uid=f"furniture-page-{name}")
        for name, signal in {"saved": post_save, "deleted": post_delete}.items():
            signal.connect(signal_handlers.renew_page_furniture, dispatch_uid=f"furniture-{name}")
            for model in (SiteContent, ConsentSettings, ConsentCookie, Site, Locale):
                signal.connect(
                    signal_handlers.renew_furniture,
                    sender=model,
                    dispatch_uid=f"furniture-{model._meta.label}-{name}",
                )
            signal.connect(
                signal_handlers.renew_furniture,
                sender=get_image_model(),
                dispatch_uid=f"furniture-image-{name}",
            )

        # The frontend cache (portal.core.page_cache and any CDN): Wagtail purges a published
        # or unpublished page itself; these add the pages listing it, moves and deletions.
        for name in ("published", "unpublished"):
            page_signals[name].connect(
                signal_handlers.purge_pages_listing, dispatch_uid=f"page-cache-listing-{name}"
            )
        post_page_move.connect(signal_handlers.purge_moved_page, dispatch_uid="page-cache-moved")
        pre_delete.connect(
            signal_handlers.purge_deleted_page, sender=Page, dispatch_uid="page-cache-deleted"
        )
        for name, signal in {"saved": post_save, "deleted": post_delete}.items():
            for model in (get_document_model(), Tag):
                signal.connect(
                    signal_handlers.renew_pages,
                    sender=model,
                    dispatch_uid=f"page-cache-{model._meta.label}-{name}",
                )
