"""Registrations made before attendees were named get their attendee rows: number 1 is the
registering person (whose details stay on the registration), the others are left unnamed:
nobody knows their names, and inventing any would be wrong data. Their lines on the
attendance list read "Osoba towarzysząca 2", "3"... (Attendee.display_name, translated, not
stored). Each takes the registration's attendance mark."""

from django.db import migrations


def add_attendees(apps, schema_editor):
    Registration = apps.get_model("events", "Registration")
    Attendee = apps.get_model("events", "Attendee")
    registrations = Registration.objects.filter(attendees__isnull=True).order_by("pk")
    batch = []
    for pk, people, attended in registrations.values_list("pk", "people", "attended").iterator():
        batch += [
            Attendee(registration_id=pk, number=number, attended=attended)
            for number in range(1, people + 1)
        ]
        if len(batch) >= 1000:
            Attendee.objects.bulk_create(batch)
            batch = []
    Attendee.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [("events", "0008_registration_attendees_and_organiser_messages")]

    operations = [migrations.RunPython(add_attendees, migrations.RunPython.noop)]
