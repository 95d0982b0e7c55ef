"""Run daily by `run_scheduled_jobs --daily`: the retention of meetings' registrations
(portal.events purge_registration_data) applied to applications for staff trainings.

Accessibility needs (possible health data) go EVENT_ACCESSIBILITY_RETENTION_DAYS after the
training; all other personal data EVENT_REGISTRATION_RETENTION_DAYS after it. What remains is
anonymous: partner, status, language.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.trainings import applications
from portal.trainings.models import TrainingApplication


class Command(BaseCommand):
    help = "Erases personal data of applications for trainings past the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        needs_cutoff = today - datetime.timedelta(days=settings.EVENT_ACCESSIBILITY_RETENTION_DAYS)
        data_cutoff = today - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
        with_needs = TrainingApplication.objects.filter(training__end_date__lt=needs_cutoff)
        expired = TrainingApplication.objects.filter(
            training__end_date__lt=data_cutoff, personal_data_erased_at__isnull=True
        ).order_by("pk")
        if dry_run:
            needs = with_needs.exclude(accessibility_needs="").count()
            self.stdout.write(
                f"would erase accessibility needs of {needs} and all personal data of "
                f"{expired.count()} application(s)"
            )
            return
        needs = applications.forget_accessibility_needs(with_needs)
        erased = sum(1 for item in expired if applications.erase_personal_data(item))
        self.stdout.write(
            f"accessibility needs erased: {needs}; personal data erased: {erased} application(s)"
        )
