"""Many people signing up for the last seats at the same moment, on PostgreSQL: the row lock
on the meeting makes them queue, so the room is never overbooked."""

import threading

import pytest
from django.db import connection

from portal.events import booking
from portal.events.models import EventIndexPage, Registration
from tests import factories
from tests.conftest import signup_details

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PEOPLE = 50
SEATS = 10


def test_fifty_simultaneous_sign_ups_for_ten_seats():
    index = EventIndexPage.objects.get(locale__language_code="pl")
    meeting = factories.EventPageFactory(parent=index, capacity=SEATS)
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
