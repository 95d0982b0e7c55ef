"""The year and the zone of each report as columns of its own, filled in for existing reports,
so that the search counts and filters them in the database or the engine."""

import django.db.models.deletion
from django.db import migrations, models


def fill_in(apps, schema_editor):
    ReportPage = apps.get_model("reports", "ReportPage")
    ZonePage = apps.get_model("zones", "ZonePage")
    zones = list(ZonePage.objects.only("path").order_by("path"))
    for report in ReportPage.objects.only("path", "publication_date").iterator():
        report.publication_year = report.publication_date.year
        report.filed_in_zone = next(
            (zone for zone in zones if report.path.startswith(zone.path)), None
        )
        report.save(update_fields=["publication_year", "filed_in_zone"])


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0008_english_report_types"),
        ("zones", "0003_alter_zonepage_body"),
    ]

    operations = [
        migrations.AddField(
            model_name="reportpage",
            name="publication_year",
            field=models.PositiveSmallIntegerField(db_index=True, default=0, editable=False),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="reportpage",
            name="filed_in_zone",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="zones.zonepage",
            ),
        ),
        migrations.RunPython(fill_in, migrations.RunPython.noop, elidable=True),
    ]
