"""Run by cron every morning: `manage.py send_event_reminders`.

Queues one reminder for every confirmed registration of a meeting that starts tomorrow or
later today (never a second one for the same registration) and sends them with every other
e-mail that is due; a failed one is retried like every other (notifications.RETRY_DELAYS), by
the worker within minutes.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.events import notifications
from portal.events.models import Registration, RegistrationMessage

# Someone confirmed this recently has just had the details in the confirmation.
RECENTLY_CONFIRMED = datetime.timedelta(hours=12)


class Command(BaseCommand):
    help = "Sends reminders for tomorrow's meetings."

    def handle(self, *args, **options):
        now = timezone.now()
        end_of_tomorrow = timezone.make_aware(
            datetime.datetime.combine(
                timezone.localdate(now) + datetime.timedelta(days=2), datetime.time.min
            )
        )
        due = (
            Registration.objects.filter(
                status=Registration.Status.CONFIRMED,
                personal_data_erased_at__isnull=True,
                event__start__gt=now,
                event__start__lt=end_of_tomorrow,
                event__live=True,
                confirmed_at__lt=now - RECENTLY_CONFIRMED,
            )
            .exclude(messages__kind=RegistrationMessage.Kind.REMINDER)
            .order_by("pk")
        )
        queued = sum(1 for registration in due if notifications.queue_reminder(registration))
        counts = notifications.deliver_pending()
        self.stdout.write(
            f"reminders queued: {queued}; e-mails sent: {counts.get('sent', 0)}, "
            f"failed: {counts.get('failed', 0) + counts.get('pending', 0)}, "
            f"skipped: {counts.get('skipped', 0)}"
        )
