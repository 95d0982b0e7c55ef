"""Report types saved with their former Polish values (the row, the page revisions, the
wagtail-localize source) carry the English values after the migration, so neither reverting to
an old revision nor syncing a translation brings a Polish value back; migrating back restores
the Polish values.

Transactional, because SQLite runs migrations only outside a transaction: the database is
emptied afterwards, so the test builds its own page tree."""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import OverridableSegment, TranslationSource

from portal.reports.choices import ReportType
from portal.reports.models import ReportPage
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("reports", "0007_documenttext_unreadable_reason")]
AFTER = [("reports", "0008_english_report_types")]


def migrate(targets):
    """Migrates the reports app to `targets`; returns the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def a_report_with_a_translation_source():
    polish, _ = Locale.objects.get_or_create(language_code="pl")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=polish)
    index = factories.ReportIndexPageFactory(parent=root, slug="raporty-migracja")
    report = factories.ReportPageFactory(parent=index, report_type=ReportType.EXPERTISE)
    report.save_revision()
    source, _ = TranslationSource.get_or_create_from_instance(report)
    source.refresh_segments()
    # Choice fields are synchronised, never overridden: no copy of the value in segments.
    assert not OverridableSegment.objects.filter(source=source, context__path="report_type")
    return report, source


def stored_values(report, source):
    """The report type as the row, the revisions and the translation source keep it."""
    return {
        "row": ReportPage.objects.values_list("report_type", flat=True).get(pk=report.pk),
        "revisions": {
            revision.content["report_type"]
            for revision in Revision.objects.filter(object_id=str(report.pk))
        },
        "source": json.loads(TranslationSource.objects.get(pk=source.pk).content_json)[
            "report_type"
        ],
    }


def only(value):
    return {"row": value, "revisions": {value}, "source": value}


def test_report_types_saved_in_polish_are_english_after_the_migration():
    report, source = a_report_with_a_translation_source()
    try:
        old = migrate(BEFORE)
        assert stored_values(report, source) == only("ekspertyza")

        # Saved in the former state, with a value of that state.
        old.get_model("reports", "ReportPage").objects.filter(pk=report.pk).update(
            report_type="wytyczne"
        )
        for revision in old.get_model("wagtailcore", "Revision").objects.filter(
            object_id=str(report.pk)
        ):
            revision.content["report_type"] = "wytyczne"
            revision.save(update_fields=["content"])
        content = json.loads(source.content_json)
        content["report_type"] = "wytyczne"
        TranslationSource.objects.filter(pk=source.pk).update(content_json=json.dumps(content))
    finally:
        migrate(AFTER)

    assert stored_values(report, source) == only(ReportType.GUIDELINES)
