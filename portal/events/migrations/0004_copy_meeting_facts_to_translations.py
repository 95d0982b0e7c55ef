"""Translations made before the meeting's facts were kept in one place may hold an older date,
capacity or registration window: give them the default-language page's values."""

from django.conf import settings
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant

MEETING_FACTS = (
    "start",
    "end",
    "online_url",
    "capacity",
    "max_people_per_registration",
    "registration_opens_at",
    "registration_closes_at",
    "waitlist_enabled",
)


def copy_facts(apps, schema_editor):
    EventPage = apps.get_model("events", "EventPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    ).first()
    if default is None:
        return
    for source in EventPage.objects.filter(locale=default).values("translation_key", *MEETING_FACTS):
        translation_key = source.pop("translation_key")
        EventPage.objects.filter(translation_key=translation_key).exclude(locale=default).update(
            **source
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_alter_eventpage_body"),
    ]

    operations = [migrations.RunPython(copy_facts, migrations.RunPython.noop)]
