"""Run by `run_scheduled_jobs` every few minutes: sends the e-mails to training applicants
and organisers that are due and that the worker has not sent (see
portal.trainings.notifications)."""

from django.core.management.base import BaseCommand

from portal.trainings import notifications


class Command(BaseCommand):
    help = (
        "Sends pending e-mails to training applicants and organisers, retrying failed ones "
        "after their wait."
    )

    def handle(self, *args, **options):
        counts = notifications.deliver_pending()
        self.stdout.write(
            f"e-mails sent: {counts.get('sent', 0)}, to retry later: {counts.get('pending', 0)}, "
            f"given up: {counts.get('failed', 0)}, skipped: {counts.get('skipped', 0)}"
        )
