from django.apps import AppConfig
from django.db.models.signals import post_save


class ReportsConfig(AppConfig):
    name = "portal.reports"
    label = "reports"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.signals import page_published, post_page_move

        # Models (and the handlers using them) can be imported only once the apps are loaded.
        from portal.reports import signal_handlers
        from portal.reports.models import ReportPage

        page_published.connect(
            signal_handlers.index_published_report,
            sender=ReportPage,
            dispatch_uid="index-published-report",
        )
        post_page_move.connect(
            signal_handlers.refile_moved_reports, dispatch_uid="refile-moved-reports"
        )
        post_save.connect(
            signal_handlers.read_pdf_text,
            sender=get_document_model(),
            dispatch_uid="read-pdf-text",
        )
