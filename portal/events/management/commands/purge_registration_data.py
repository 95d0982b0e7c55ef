"""Run by cron, e.g. daily: `manage.py purge_registration_data`.

Accessibility needs (possible health data) go first, EVENT_ACCESSIBILITY_RETENTION_DAYS after
the meeting; all other personal data EVENT_REGISTRATION_RETENTION_DAYS after it. What remains
is anonymous: status, number of people, organisation type, language, attendance.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.events import booking
from portal.events.models import Registration


class Command(BaseCommand):
    help = "Erases personal data of registrations for meetings past the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        needs_cutoff = now - datetime.timedelta(days=settings.EVENT_ACCESSIBILITY_RETENTION_DAYS)
        data_cutoff = now - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
        with_needs = Registration.objects.filter(event__end__lt=needs_cutoff)
        expired = Registration.objects.filter(
            event__end__lt=data_cutoff, personal_data_erased_at__isnull=True
        ).order_by("pk")
        if dry_run:
            needs = with_needs.exclude(accessibility_needs=[], accessibility_details="").count()
            self.stdout.write(
                f"would erase accessibility needs of {needs} and all personal data of "
                f"{expired.count()} registration(s)"
            )
            return
        needs = booking.forget_accessibility_needs(with_needs)
        erased = sum(1 for registration in expired if booking.erase_personal_data(registration))
        self.stdout.write(
            f"accessibility needs erased: {needs}; personal data erased: {erased} registration(s)"
        )
