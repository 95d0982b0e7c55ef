"""The statement's status and assessment method are stored as English identifiers; the Polish
wording stays in the labels."""

from django.db import migrations, models

from portal.core.stored_values import rename_values

RENAMES = {
    "status": {
        "zgodna": "compliant",
        "czesciowo": "partially_compliant",
        "niezgodna": "non_compliant",
    },
    "assessment": {"samoocena": "self_assessment", "audyt": "external_audit"},
}


def to_english(apps, schema_editor):
    for field_name, renames in RENAMES.items():
        rename_values(apps, "accessibility", "AccessibilityStatementPage", field_name, renames)


def to_polish(apps, schema_editor):
    for field_name, renames in RENAMES.items():
        reverse = {new: old for old, new in renames.items()}
        rename_values(apps, "accessibility", "AccessibilityStatementPage", field_name, reverse)


class Migration(migrations.Migration):

    dependencies = [
        ('accessibility', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.AlterField(
            model_name='accessibilitystatementpage',
            name='assessment',
            field=models.CharField(choices=[('self_assessment', 'samoocena'), ('external_audit', 'badanie przeprowadzone przez podmiot zewnętrzny')], default='self_assessment', max_length=20, verbose_name='deklarację sporządzono na podstawie'),
        ),
        migrations.AlterField(
            model_name='accessibilitystatementpage',
            name='status',
            field=models.CharField(choices=[('compliant', 'zgodna'), ('partially_compliant', 'częściowo zgodna'), ('non_compliant', 'niezgodna')], default='partially_compliant', max_length=20, verbose_name='status zgodności z ustawą'),
        ),
        migrations.RunPython(to_english, to_polish),
    ]
