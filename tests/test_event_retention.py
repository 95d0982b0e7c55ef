"""Retention: accessibility needs (possible health data) are erased first, the rest of the
personal data after the retention period; anonymous counts stay."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.events.models import Registration
from tests import factories

pytestmark = pytest.mark.django_db

Status = Registration.Status


def meeting_ended(days_ago):
    end = timezone.now() - datetime.timedelta(days=days_ago)
    return factories.EventPageFactory(start=end - datetime.timedelta(hours=3), end=end)


def with_needs(event, **overrides):
    return factories.RegistrationFactory(
        event=event,
        accessibility_needs=["pjm"],
        accessibility_details="Potrzebuję tłumacza",
        accessibility_consent_at=timezone.now(),
        **overrides,
    )


@pytest.fixture
def registrations(settings):
    """The purge works on the registrations alone: the meetings need no Site, nor URLs."""
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 180
    settings.EVENT_ACCESSIBILITY_RETENTION_DAYS = 1
    old = meeting_ended(days_ago=200)
    recent = meeting_ended(days_ago=3)
    upcoming = factories.EventPageFactory()
    return {
        "old_confirmed": with_needs(old, people=3, attended=True),
        "old_cancelled": factories.RegistrationFactory(event=old, status=Status.CANCELLED),
        "recent": with_needs(recent),
        "upcoming": with_needs(upcoming),
    }


def reload(registrations):
    return {key: Registration.objects.get(pk=item.pk) for key, item in registrations.items()}


def test_old_registrations_lose_personal_data_and_keep_anonymous_counts(registrations):
    output = io.StringIO()
    call_command("purge_registration_data", stdout=output)
    after = reload(registrations)

    old = after["old_confirmed"]
    assert old.personal_data_erased_at is not None
    assert (old.first_name, old.last_name, old.email, old.phone, old.organisation, old.role) == (
        "",
        "",
        None,
        "",
        "",
        "",
    )
    assert old.token is None and old.accessibility_needs == []
    assert (old.status, old.people, old.organisation_type, old.attended) == (
        Status.CONFIRMED,
        3,
        "wtz",
        True,
    )
    assert after["old_cancelled"].personal_data_erased_at is not None
    assert "personal data erased: 2 registration(s)" in output.getvalue()


def test_accessibility_needs_go_first_the_day_after_the_meeting(registrations):
    call_command("purge_registration_data", stdout=io.StringIO())
    after = reload(registrations)

    recent = after["recent"]
    assert recent.accessibility_needs == [] and recent.accessibility_details == ""
    assert recent.accessibility_consent_at is None
    assert recent.email == registrations["recent"].email  # the rest is kept for now
    assert after["upcoming"].accessibility_needs == ["pjm"]


def test_dry_run_changes_nothing(registrations):
    output = io.StringIO()
    call_command("purge_registration_data", "--dry-run", stdout=output)

    assert "would erase accessibility needs of 2 and all personal data of 2" in output.getvalue()
    after = reload(registrations)
    assert after["old_confirmed"].email == registrations["old_confirmed"].email
    assert after["recent"].accessibility_needs == ["pjm"]
