"""Where the EU-funds information goes is stored as an English identifier; the Polish wording
stays in the labels."""

from django.db import migrations, models

from portal.core.stored_values import rename_values

RENAMES = {"stopka": "footer", "bloki": "blocks"}


def to_english(apps, schema_editor):
    rename_values(apps, "core", "SiteContent", "eu_funds_placement", RENAMES)


def to_polish(apps, schema_editor):
    reverse = {new: old for old, new in RENAMES.items()}
    rename_values(apps, "core", "SiteContent", "eu_funds_placement", reverse)


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0004_rate_limit_counters'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.AlterField(
            model_name='sitecontent',
            name='eu_funds_placement',
            field=models.CharField(choices=[('footer', 'w stopce każdej strony'), ('blocks', 'tylko tam, gdzie wstawiono blok „Informacja o funduszach UE”')], default='footer', max_length=10, verbose_name='gdzie pokazać informację o funduszach UE'),
        ),
        migrations.RunPython(to_english, to_polish),
    ]
