"""Run once a day by `run_scheduled_jobs --daily`: `manage.py send_organiser_digests`.

Organisers who chose the daily summary (EventPage.organiser_notifications) get, for each of
their meetings still to come, the counts of the previous day's sign-ups and cancellations and
the seats taken, with the link to the list in the admin: no names, no addresses. Nothing is
sent for a day without sign-ups or cancellations, and never two summaries of the same day
(cron running twice, or a failed run repeated).
"""

import datetime

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Locale

from portal.core.choices import OrganiserNotifications
from portal.core.digests import DailySummaryCommand
from portal.events import notifications
from portal.events.choices import RegistrationStatus
from portal.events.models import EventPage, Registration


def day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def day_counts(event, day):
    """The summary of one meeting's day: only numbers."""
    start, end = day_bounds(day)
    registrations = Registration.objects.filter(event=event)
    new = registrations.filter(created_at__gte=start, created_at__lt=end)
    people = Coalesce(Sum("people"), 0)
    counts = new.aggregate(
        registrations=Count("pk"),
        new_people=people,
        confirmed_people=Coalesce(Sum("people", filter=Q(status=RegistrationStatus.CONFIRMED)), 0),
        waitlisted_people=Coalesce(
            Sum("people", filter=Q(status=RegistrationStatus.WAITLISTED)), 0
        ),
    )
    counts["people"] = counts.pop("new_people")
    counts["cancelled"] = registrations.filter(
        cancelled_at__gte=start, cancelled_at__lt=end
    ).count()
    counts["accessibility_requests"] = event.organiser_messages.filter(
        kind="accessibility", created_at__gte=start, created_at__lt=end
    ).count()
    counts["seats_taken"] = registrations.filter(status=RegistrationStatus.CONFIRMED).aggregate(
        total=people
    )["total"]
    counts["waiting"] = registrations.filter(status=RegistrationStatus.WAITLISTED).aggregate(
        total=people
    )["total"]
    counts["capacity"] = event.capacity
    counts["day"] = day.strftime("%d.%m.%Y")
    return counts


class Command(DailySummaryCommand):
    help = "Sends organisers who asked for it the previous day's summary of sign-ups."
    summaries = "organiser summaries"
    day_counts = staticmethod(day_counts)
    queue_summary = staticmethod(notifications.queue_digest)
    deliver = staticmethod(notifications.deliver_pending)

    def pages(self, day):
        _start, end = day_bounds(day)
        return EventPage.objects.filter(
            locale=Locale.get_default(),
            organiser_notifications=OrganiserNotifications.DIGEST,
            end__gte=end,
        ).order_by("pk")

    def tells_something(self, counts):
        return bool(counts["registrations"] or counts["cancelled"])
