"""Many people signing up for the last seats at the same moment, on PostgreSQL: the row lock
on the meeting makes them queue, so the room is never overbooked."""

import threading

import pytest
from django.db import connection

from portal.events import booking
from portal.events.models import Attendee, Registration
from tests import factories
from tests.conftest import signup_details
from tests.tree import home_from_nothing

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PEOPLE = 50
SEATS = 10


def meetings_page_from_nothing():
    """A site and meetings page of their own: the demo is not loaded for this."""
    home = home_from_nothing("wspolbieznosc", "concurrency.test")
    return factories.EventIndexPageFactory(parent=home)


def test_fifty_simultaneous_sign_ups_for_ten_seats():
    meeting = factories.EventPageFactory(parent=meetings_page_from_nothing(), capacity=SEATS)
    start_together = threading.Barrier(PEOPLE)
    errors = []

    def sign_up(number):
        try:
            start_together.wait()
            booking.register(meeting, language="pl", **signup_details(number))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    registrations = Registration.objects.filter(event=meeting)
    confirmed = registrations.filter(status=Registration.Status.CONFIRMED)
    waiting = registrations.filter(status=Registration.Status.WAITLISTED)
    assert confirmed.count() == SEATS
    assert waiting.count() == PEOPLE - SEATS
    assert sorted(r.waitlist_position() for r in waiting) == list(range(1, PEOPLE - SEATS + 1))


GROUPS = 12


def test_simultaneous_groups_never_take_more_seats_than_there_are():
    """Groups of three named people: each takes three seats or waits; with ten seats three
    groups fit and the tenth seat stays free for a smaller registration."""
    meeting = factories.EventPageFactory(parent=meetings_page_from_nothing(), capacity=SEATS)
    start_together = threading.Barrier(GROUPS)
    errors = []

    def sign_up(number):
        try:
            start_together.wait()
            booking.register(meeting, language="pl", **signup_details(number, people=3))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(GROUPS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    registrations = Registration.objects.filter(event=meeting)
    confirmed = registrations.filter(status=Registration.Status.CONFIRMED)
    assert confirmed.count() == 3
    assert Attendee.objects.filter(registration__in=confirmed).count() == 9
    assert registrations.filter(status=Registration.Status.WAITLISTED).count() == GROUPS - 3
    assert Attendee.objects.filter(registration__event=meeting).count() == 3 * GROUPS
