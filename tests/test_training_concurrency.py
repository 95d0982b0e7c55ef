"""Coordinators and organisers accepting applications at the same moment, on PostgreSQL: the
row lock on the training makes the decisions queue, so a partner never gets more places than
its quota."""

import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from portal.trainings import applications
from portal.trainings.models import TrainingApplication
from tests import factories
from tests.tree import home_from_nothing

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

APPLICANTS = 12
QUOTA = 4


def training_from_nothing():
    """A site, zone and trainings page of their own: the demo is not loaded for this."""
    home = home_from_nothing("szkolenia-wspolbieznie", "trainings-concurrency.test")
    zone = factories.ZonePageFactory(parent=home, title="Strefa Współpracy Międzynarodowej")
    index = factories.TrainingIndexPageFactory(parent=zone)
    return factories.TrainingPageFactory(parent=index)


def test_twelve_simultaneous_acceptances_against_a_quota_of_four():
    training = training_from_nothing()
    # A name of its own: the demo (loaded by the browser tests, committed) has a "KARE".
    partner = factories.PartnerFactory(name="Partner testu współbieżności")
    factories.TrainingQuotaFactory(page=training, partner=partner, places=QUOTA)
    deciders = [User.objects.create(username=f"koordynator{n}") for n in range(APPLICANTS)]
    waiting = [
        applications.apply(
            training,
            language="pl",
            partner=partner,
            email=f"trener{n}@example.org",
            first_name="Jan",
            last_name=f"Trener{n}",
            privacy_consent_at=timezone.now(),
        )
        for n in range(APPLICANTS)
    ]
    start_together = threading.Barrier(APPLICANTS)
    refusals, errors = [], []

    def accept(application, user):
        try:
            start_together.wait()
            applications.accept(application, user)
        except applications.ApplicationRefused as refusal:
            refusals.append(refusal.reason)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=accept, args=pair) for pair in zip(waiting, deciders, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert refusals == ["quota_full"] * (APPLICANTS - QUOTA)
    statuses = TrainingApplication.objects.filter(training=training).values_list(
        "status", flat=True
    )
    assert sorted(statuses).count(TrainingApplication.Status.ACCEPTED) == QUOTA
    assert sorted(statuses).count(TrainingApplication.Status.RECEIVED) == APPLICANTS - QUOTA
