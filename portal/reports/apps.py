from functools import partial

from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_save


class ReportsConfig(AppConfig):
    name = "portal.reports"
    label = "reports"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.signals import page_published

        from portal.reports.models import ReportPage

        def read_pdf_text(sender, instance, raw=False, **kwargs):
            """At upload (and when a file is replaced), once saved: extract the text within
            limits and re-index the live reports that carry the document."""
            if raw:
                return
            from portal.reports.pdf_text import extract_and_index

            transaction.on_commit(partial(extract_and_index, instance.pk), robust=True)

        def index_published_report(sender, instance, **kwargs):
            """The index entry is written when the page row is saved, before its documents
            are; once publishing is complete, index it again with their text."""
            from wagtail.search import index

            index.insert_or_update_object(instance.specific)

        page_published.connect(
            index_published_report,
            sender=ReportPage,
            dispatch_uid="index-published-report",
            weak=False,
        )
        post_save.connect(
            read_pdf_text,
            sender=get_document_model(),
            dispatch_uid="read-pdf-text",
            weak=False,
        )
