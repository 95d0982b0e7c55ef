"""Run by `run_scheduled_jobs` every few minutes: sends the e-mails to registrants that are due
and that the worker has not sent, new ones and failed ones whose wait is over (see
notifications.RETRY_DELAYS)."""

from django.core.management.base import BaseCommand

from portal.events import notifications


class Command(BaseCommand):
    help = "Sends pending e-mails to registrants, retrying failed ones after their wait."

    def handle(self, *args, **options):
        counts = notifications.deliver_pending()
        self.stdout.write(
            f"e-mails sent: {counts.get('sent', 0)}, to retry later: {counts.get('pending', 0)}, "
            f"given up: {counts.get('failed', 0)}, skipped: {counts.get('skipped', 0)}"
        )
