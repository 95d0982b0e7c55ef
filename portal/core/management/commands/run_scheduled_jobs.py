"""The one command the scheduler runs (cron or systemd timers, see README "Deploying"):
every few minutes `manage.py run_scheduled_jobs`, once a day `manage.py run_scheduled_jobs
--daily`. Each job is a management command of its own; one failing does not stop the others.
"""

import logging

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from portal.core.tasks import BACKGROUND

logger = logging.getLogger(__name__)


def frequent_jobs():
    return [
        # Pages (and snippets) whose scheduled go-live or expiry time has come.
        ["publish_scheduled"],
        # E-mails to registrants that are due and that no worker has sent: the worker sends
        # them and retries failures itself, this catches what it left (it was stopped, or
        # died while sending). One message is never sent twice (notifications.deliver).
        ["send_registration_emails"],
        ["send_training_emails"],
    ]


def daily_jobs():
    jobs = [
        # Yesterday's sign-ups and applications, counted, to the organisers of meetings and
        # trainings who asked for a daily summary.
        ["send_organiser_digests"],
        ["send_training_digests"],
        ["purge_registration_data"],
        ["purge_training_applications"],
        ["purge_consent_records"],
        ["purge_search_queries"],
        ["purge_contact_submissions"],
        ["purge_practice_proposals"],
        ["purge_revisions", "--days", str(settings.REVISION_RETENTION_DAYS)],
        # Search terms' daily hit counts older than WAGTAILSEARCH_HITS_MAX_AGE.
        ["searchpromotions_garbage_collect"],
    ]
    if isinstance(task_backends[BACKGROUND], DatabaseBackend):
        # Finished background tasks older than two weeks (their rows hold ids, no personal
        # data); tasks still waiting are kept.
        jobs.append(["prune_db_task_results", "--backend", BACKGROUND])
    return jobs


class Command(BaseCommand):
    help = (
        "Publishes and unpublishes scheduled pages and sends due e-mails (every few minutes); "
        "with --daily the retention purges and clean-ups instead (once a day)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--daily",
            action="store_true",
            help="Run the once-a-day jobs: retention purges, old revisions, search hits.",
        )

    def handle(self, *args, daily=False, **options):
        jobs = daily_jobs() if daily else frequent_jobs()
        failed = []
        for job in jobs:
            try:
                call_command(*job, stdout=self.stdout)
            except Exception as error:  # noqa: BLE001 - the other jobs must still run
                # Only the class: jobs handle personal data, their errors may quote it. Run
                # the command by hand to see the whole error.
                logger.error("Scheduled job %s failed: %s", job[0], type(error).__name__)
                failed.append(job[0])
        if failed:
            raise CommandError(f"failed: {', '.join(failed)} (run each by hand to see why)")
