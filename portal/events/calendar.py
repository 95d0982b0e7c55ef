"""iCalendar (.ics) for one meeting and the feed of all meetings.

Times are given in Europe/Warsaw with the zone's rules included, UIDs come from the
meeting's translation key (the Polish and English pages are one meeting), and nothing
personal goes in: no cancellation link, no online-meeting link.
"""

import datetime
import zoneinfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
PRODUCT_ID = "-//Portal ekonomii spolecznej//Spotkania//PL"


def warsaw_timezone():
    """The EU summer-time rules since 1996, as every calendar program expects them."""
    zone = Timezone()
    zone.add("tzid", "Europe/Warsaw")
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", datetime.datetime(1970, 3, 29, 2, 0))
    summer.add("tzoffsetfrom", datetime.timedelta(hours=1))
    summer.add("tzoffsetto", datetime.timedelta(hours=2))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", datetime.datetime(1970, 10, 25, 3, 0))
    winter.add("tzoffsetfrom", datetime.timedelta(hours=2))
    winter.add("tzoffsetto", datetime.timedelta(hours=1))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def event_uid(page):
    return f"spotkanie-{page.translation_key}@{page.get_site().hostname}"


def event_location(page):
    if page.is_online:
        return _("Spotkanie online (link w e-mailu z potwierdzeniem zapisu)")
    parts = [page.venue_name, " ".join(page.venue_address.split())]
    return ", ".join(part for part in parts if part)


def calendar_entry(page, now):
    entry = Event()
    entry.add("uid", event_uid(page))
    entry.add("dtstamp", now)
    entry.add("dtstart", timezone.localtime(page.start, WARSAW))
    entry.add("dtend", timezone.localtime(page.end, WARSAW))
    entry.add("summary", page.title)
    url = page.get_full_url()
    entry.add("description", f"{page.lead}\n\n{url}")
    entry.add("location", event_location(page))
    entry.add("url", url)
    entry.add("status", "CONFIRMED")
    if page.last_published_at:
        entry.add("last-modified", page.last_published_at)
    organiser = vCalAddress(f"mailto:{page.organiser_email}")
    organiser.params["cn"] = page.organiser_name
    entry.add("organizer", organiser)
    return entry


def calendar_bytes(pages, name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Warsaw")
    calendar.add_component(warsaw_timezone())
    now = timezone.now().replace(microsecond=0)
    for page in pages:
        calendar.add_component(calendar_entry(page, now))
    return calendar.to_ical()


def calendar_response(pages, filename, name=None):
    response = HttpResponse(
        calendar_bytes(pages, name=name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
