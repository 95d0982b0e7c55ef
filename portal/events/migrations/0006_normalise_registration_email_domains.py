"""Registrations saved before addresses were stored in one spelling: give their international
domains the ASCII (IDNA 2008) spelling new sign-ups get, so the duplicate check sees them. A
row whose new spelling would collide with another active registration of the same meeting
keeps its own."""

import idna
from django.db import migrations

ACTIVE = ("confirmed", "waitlisted")


def ascii_spelling(address):
    local, _at, domain = address.rpartition("@")
    if domain.isascii() and "xn--" not in domain.lower():
        return address
    return f"{local.lower()}@{idna.encode(domain, uts46=True).decode('ascii')}"


def normalise(apps, schema_editor):
    Registration = apps.get_model("events", "Registration")
    for registration in Registration.objects.exclude(email=None).iterator():
        try:
            email = ascii_spelling(registration.email)
        except idna.IDNAError:
            continue
        if email == registration.email:
            continue
        if (
            registration.status in ACTIVE
            and Registration.objects.filter(
                event_id=registration.event_id, email=email, status__in=ACTIVE
            ).exists()
        ):
            continue
        Registration.objects.filter(pk=registration.pk).update(email=email)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_registrationmessage_next_attempt_at"),
    ]

    operations = [migrations.RunPython(normalise, migrations.RunPython.noop)]
