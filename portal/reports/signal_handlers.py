"""The text of uploaded PDFs and the search index entries of the reports that carry them."""

from collections import defaultdict

from wagtail.search import index

from portal.core.tasks import enqueue_on_commit
from portal.reports.models import ReportPage
from portal.reports.tasks import read_document_text
from zones.models import ZonePage


def read_pdf_text(sender, instance, raw=False, **kwargs):
    """At upload (and when a file is replaced), once saved: the worker extracts the text
    within limits and re-indexes the live reports that carry the document; the editor's
    request does not wait for it."""
    if raw:
        return
    enqueue_on_commit(read_document_text, instance.pk)


def index_published_report(sender, instance, **kwargs):
    """The index entry is written when the page row is saved, before its documents are; once
    publishing is complete, index it again with their text."""
    index.insert_or_update_object(instance.specific)


def refile_moved_reports(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A page moved into, out of or between zones takes its reports along: their zone, read
    by the search's zone filter and counts, follows the new place in the tree."""
    if parent_page_before == parent_page_after:
        return  # a new slug, not a move
    zones = list(ZonePage.objects.only("path"))
    refiled = defaultdict(list)
    reports = ReportPage.objects.descendant_of(instance, inclusive=True)
    for report in reports.only("path", "filed_in_zone"):
        zone = next((zone.pk for zone in zones if report.path.startswith(zone.path)), None)
        if zone != report.filed_in_zone_id:
            refiled[zone].append(report.pk)
    for zone, pks in refiled.items():
        ReportPage.objects.filter(pk__in=pks).update(filed_in_zone=zone)
    moved = [pk for pks in refiled.values() for pk in pks]
    for report in ReportPage.objects.filter(pk__in=moved).iterator():
        index.insert_or_update_object(report)
