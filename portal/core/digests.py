"""What the organisers' daily summaries of meetings and of trainings share: the day they
summarise (yesterday unless `--day` says otherwise), the pages that want one, queued once a day
each when there is something to tell, then the outbox delivered."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone


class DailySummaryCommand(BaseCommand):
    """Subclasses say which pages want a summary of the day and whether a day's counts tell
    anything, and name the functions that count a page's day, queue its summary (None when it
    was queued before) and deliver the outbox."""

    # The summaries counted in the command's report, e.g. "organiser summaries".
    summaries = ""
    # Static methods: (page, day) -> counts; (page, day, counts) -> message or None;
    # () -> {"sent": number, ...}.
    day_counts = queue_summary = deliver = None

    def add_arguments(self, parser):
        parser.add_argument(
            "--day",
            type=datetime.date.fromisoformat,
            help="The day to summarise, YYYY-MM-DD (default: yesterday).",
        )

    def handle(self, *args, day=None, **options):
        day = day or timezone.localdate() - datetime.timedelta(days=1)
        queued = 0
        for page in self.pages(day):
            counts = self.day_counts(page, day)
            if self.tells_something(counts) and self.queue_summary(page, day, counts):
                queued += 1
        sent = self.deliver()
        self.stdout.write(f"{self.summaries} queued: {queued}; e-mails sent: {sent.get('sent', 0)}")

    def pages(self, day):
        raise NotImplementedError

    def tells_something(self, counts):
        raise NotImplementedError
