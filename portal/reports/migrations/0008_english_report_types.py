"""Report types are stored as English identifiers; the Polish names stay in the labels."""

from django.db import migrations, models

from portal.core.stored_values import rename_values

RENAMES = {
    "raport": "report",
    "ekspertyza": "expertise",
    "analiza": "analysis",
    "ewaluacja": "evaluation",
    "wytyczne": "guidelines",
}


def to_english(apps, schema_editor):
    rename_values(apps, "reports", "ReportPage", "report_type", RENAMES)


def to_polish(apps, schema_editor):
    reverse = {new: old for old, new in RENAMES.items()}
    rename_values(apps, "reports", "ReportPage", "report_type", reverse)


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0007_documenttext_unreadable_reason'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.AlterField(
            model_name='reportpage',
            name='report_type',
            field=models.CharField(choices=[('report', 'Raport z badań'), ('expertise', 'Ekspertyza'), ('analysis', 'Analiza'), ('evaluation', 'Ewaluacja'), ('guidelines', 'Wytyczne i standardy')], default='report', max_length=20, verbose_name='rodzaj publikacji'),
        ),
        migrations.RunPython(to_english, to_polish),
    ]
