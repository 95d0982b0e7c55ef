"""The text of uploaded PDFs and the search index entries of the reports that carry them."""

from functools import partial

from django.db import transaction
from wagtail.search import index

from portal.reports.pdf_text import extract_and_index


def read_pdf_text(sender, instance, raw=False, **kwargs):
    """At upload (and when a file is replaced), once saved: extract the text within limits and
    re-index the live reports that carry the document."""
    if raw:
        return
    transaction.on_commit(partial(extract_and_index, instance.pk), robust=True)


def index_published_report(sender, instance, **kwargs):
    """The index entry is written when the page row is saved, before its documents are; once
    publishing is complete, index it again with their text."""
    index.insert_or_update_object(instance.specific)
