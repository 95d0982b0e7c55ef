"""Run once a day by `run_scheduled_jobs --daily`: `manage.py send_training_digests`.

Organisers who chose the daily summary (TrainingPage.organiser_notifications) get, for each of
their trainings still to come, the previous day's new applications counted per partner, with
each partner's applications waiting for a decision and places given, and the link to the list
in the admin: no names, no addresses, no needs. Nothing is sent for a day without new
applications, and never two summaries of the same day (cron running twice, or a failed run
repeated).
"""

from django.db.models import Count, Q
from wagtail.models import Locale

from portal.core.choices import OrganiserMessageKind, OrganiserNotifications
from portal.core.digests import DailySummaryCommand
from portal.trainings import notifications
from portal.trainings.choices import ApplicationStatus
from portal.trainings.models import TrainingPage


def day_counts(training, day):
    """The summary of one training's day: only numbers, and the partners' names."""
    new = Q(created_at__date=day)
    per_partner = {
        row["partner"]: row
        for row in training.application_set.order_by()
        .values("partner")
        .annotate(
            new=Count("pk", filter=new),
            received=Count("pk", filter=Q(status=ApplicationStatus.RECEIVED)),
        )
    }
    partners = []
    for row in training.partner_places():
        counts = per_partner.get(row["partner"].pk, {})
        partners.append(
            {
                "partner": row["partner"].name,
                "new": counts.get("new", 0),
                "received": counts.get("received", 0),
                "accepted": row["accepted"],
                "places": row["places"],
            }
        )
    return {
        "day": day.strftime("%d.%m.%Y"),
        "applications": training.application_set.filter(new).count(),
        "accessibility_requests": training.organiser_messages.filter(
            kind=OrganiserMessageKind.ACCESSIBILITY_REQUEST, created_at__date=day
        ).count(),
        "partners": partners,
    }


class Command(DailySummaryCommand):
    help = "Sends training organisers who asked for it the previous day's summary of applications."
    summaries = "training organiser summaries"
    day_counts = staticmethod(day_counts)
    queue_summary = staticmethod(notifications.queue_digest)
    deliver = staticmethod(notifications.deliver_pending)

    def pages(self, day):
        return TrainingPage.objects.filter(
            locale=Locale.get_default(),
            organiser_notifications=OrganiserNotifications.DIGEST,
            end_date__gte=day,
        ).order_by("pk")

    def tells_something(self, counts):
        return bool(counts["applications"])
