"""Run by cron, e.g. daily: deletes contact-form messages (names, e-mail addresses, what
visitors wrote) older than CONTACT_SUBMISSION_RETENTION_DAYS."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage


class Command(BaseCommand):
    help = "Deletes contact-form messages older than the retention period."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(
            days=settings.CONTACT_SUBMISSION_RETENTION_DAYS
        )
        deleted, _details = FormSubmission.objects.filter(
            page__in=ContactPage.objects.all(), submit_time__lt=cutoff
        ).delete()
        self.stdout.write(f"contact messages deleted: {deleted}")
