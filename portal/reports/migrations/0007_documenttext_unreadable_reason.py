"""An unreadable PDF keeps the reason as an identifier (with a translated label) instead of
the error text; errors recorded before are carried over as "damaged"."""

from django.db import migrations, models


def carry_over_errors(apps, schema_editor):
    DocumentText = apps.get_model("reports", "DocumentText")
    DocumentText.objects.exclude(error="").update(unreadable_reason="damaged")


def restore_errors(apps, schema_editor):
    DocumentText = apps.get_model("reports", "DocumentText")
    for record in DocumentText.objects.exclude(unreadable_reason=""):
        record.error = record.unreadable_reason
        record.save(update_fields=["error"])


class Migration(migrations.Migration):

    dependencies = [
        ("reports", "0006_report_document_protected_from_deletion"),
    ]

    operations = [
        migrations.AddField(
            model_name='documenttext',
            name='unreadable_reason',
            field=models.CharField(blank=True, choices=[('not_a_pdf', 'plik nie jest dokumentem PDF'), ('encrypted', 'plik jest zabezpieczony hasłem'), ('damaged', 'plik jest uszkodzony albo ma nietypową budowę'), ('no_text', 'plik nie ma warstwy tekstowej (np. jest skanem)'), ('timeout', 'odczyt tekstu trwał dłużej, niż pozwala limit'), ('too_much_memory', 'odczyt tekstu wymagał więcej pamięci, niż pozwala limit')], max_length=20, verbose_name='powód braku tekstu'),
        ),
        migrations.RunPython(carry_over_errors, restore_errors),
        migrations.RemoveField(
            model_name='documenttext',
            name='error',
        ),
    ]
