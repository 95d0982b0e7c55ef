"""Run by cron, e.g. daily: deletes proofs of consent older than
CONSENT_RECORD_RETENTION_DAYS (the cookie itself expires after a year)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.consent.models import ConsentRecord


class Command(BaseCommand):
    help = "Deletes consent records older than the retention period."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.CONSENT_RECORD_RETENTION_DAYS)
        deleted, _details = ConsentRecord.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"consent records deleted: {deleted}")
