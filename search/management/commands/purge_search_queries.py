"""Run by cron, e.g. daily: visitors' queries can hold names or e-mail addresses people
typed, so they are kept for SEARCH_QUERY_RETENTION_DAYS only: the queries that found
nothing, and the daily counts of Wagtail's search promotions ("Search terms") with the
queries left without counts (an editor's promoted query stays, without old counts)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import UnansweredQuery


class Command(BaseCommand):
    help = "Deletes visitors' search queries older than the retention period."

    def handle(self, *args, **options):
        days = settings.SEARCH_QUERY_RETENTION_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        unanswered, _details = UnansweredQuery.objects.filter(last_searched_at__lt=cutoff).delete()
        daily_hits = QueryDailyHits.objects.filter(
            date__lt=timezone.now().date() - datetime.timedelta(days=days)
        )
        hits, _details = daily_hits.delete()
        queries = Query.objects.filter(daily_hits__isnull=True, editors_picks__isnull=True)
        purged, _details = queries.delete()
        self.stdout.write(
            f"unanswered queries deleted: {unanswered}; daily counts deleted: {hits}; "
            f"queries deleted: {purged}"
        )
