"""The scheduler's command (`run_scheduled_jobs`, every few minutes; `--daily` once a day):
scheduled pages go live and expire, e-mails that failed are retried within minutes with a
growing wait, and the daily clean-ups and retention purges run."""

import datetime
import io
import socket

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Page, Revision, Site

from portal.consent.models import ConsentRecord
from portal.events import booking
from portal.events.models import Registration, RegistrationMessage
from portal.news.models import NewsPage
from search.models import UnansweredQuery
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

State = RegistrationMessage.State


def run(*args):
    output = io.StringIO()
    call_command("run_scheduled_jobs", *args, stdout=output)
    return output.getvalue()


@pytest.fixture
def news_index(db):
    """A Polish news page under a home page that is the default Site's root: the scheduled
    page must have a URL to be seen going live."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="strona-glowna")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return factories.NewsIndexPageFactory(parent=home)


# Scheduled publishing ----------------------------------------------------------------------------


def test_a_page_scheduled_to_go_live_in_the_past_is_live_after_the_run(client, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="Nabór wniosków", live=False)
    go_live = timezone.now() - datetime.timedelta(minutes=3)
    page.go_live_at = go_live
    page.save_revision(approved_go_live_at=go_live)
    assert client.get(page.url).status_code == 404

    run()

    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    assert client.get(page.url).status_code == 200


def test_a_page_past_its_expiry_is_unpublished_by_the_run(news_index):
    page = factories.NewsPageFactory(parent=news_index)
    NewsPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    run()

    page = NewsPage.objects.get(pk=page.pk)
    assert not page.live and page.expired


# E-mails -----------------------------------------------------------------------------------------


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def dead_mail_server(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2
    return settings


def mail_server_works_again(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def wait_is_over(message):
    """What the passing of time does to a message waiting for its next try."""
    RegistrationMessage.objects.filter(pk=message.pk).update(
        next_attempt_at=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_a_failed_mail_is_retried_by_the_run_after_a_short_wait(
    event_index, dead_mail_server, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = factories.EventPageFactory(parent=event_index, title="Spotkanie w Łodzi")
    with django_capture_on_commit_callbacks(execute=True):
        registration = booking.register(meeting, language="pl", **signup_details(0))
    message = registration.messages.get()
    assert (message.state, message.attempts) == (State.PENDING, 1)
    wait = message.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=50) < wait <= datetime.timedelta(minutes=1)

    mail_server_works_again(dead_mail_server)
    run()  # it failed a moment ago: not yet
    message.refresh_from_db()
    assert (message.state, message.attempts, mailoutbox) == (State.PENDING, 1, [])

    wait_is_over(message)
    output = run()

    message.refresh_from_db()
    assert message.state == State.SENT and message.last_error == ""
    assert [mail.subject for mail in mailoutbox] == ["Potwierdzenie zapisu: Spotkanie w Łodzi"]
    assert "e-mails sent: 1" in output


def test_each_failure_waits_longer_and_the_last_gives_up(event_index, dead_mail_server):
    meeting = factories.EventPageFactory(parent=event_index)
    registration = factories.RegistrationFactory(event=meeting)
    message = registration.messages.create(kind=RegistrationMessage.Kind.CONFIRMATION)

    waits = []
    while True:
        run()
        message.refresh_from_db()
        if message.state != State.PENDING:
            break
        waits.append(round((message.next_attempt_at - timezone.now()).total_seconds() / 60))
        wait_is_over(message)

    assert message.state == State.FAILED
    assert waits == [1, 2, 5, 10, 30, 60, 4 * 60, 12 * 60, 24 * 60, 24 * 60]  # as in README
    assert "ConnectionRefusedError" in message.last_error


def test_a_mail_never_tried_is_sent_by_the_next_run(event_index, mailoutbox):
    """E.g. the worker stopped between saving the registration and sending."""
    meeting = factories.EventPageFactory(parent=event_index)
    registration = factories.RegistrationFactory(event=meeting)
    message = registration.messages.create(kind=RegistrationMessage.Kind.CONFIRMATION)

    run()

    message.refresh_from_db()
    assert message.state == State.SENT
    assert [mail.to for mail in mailoutbox] == [[registration.email]]


# Once a day ---------------------------------------------------------------------------------


@pytest.fixture
def old_things(news_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 180
    settings.CONSENT_RECORD_RETENTION_DAYS = 365
    settings.REVISION_RETENTION_DAYS = 90
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 7
    long_ago = timezone.now() - datetime.timedelta(days=400)
    meeting = factories.EventPageFactory(start=long_ago, end=long_ago + datetime.timedelta(hours=2))
    page = factories.NewsPageFactory(parent=news_index)
    old_revision = page.save_revision()
    page.save_revision()
    Revision.objects.filter(pk=old_revision.pk).update(created_at=long_ago)
    record = ConsentRecord.objects.create(
        action="accept_all",
        preferences=True,
        analytics=True,
        media=True,
        policy_version=1,
        language="pl",
    )
    ConsentRecord.objects.filter(pk=record.pk).update(created_at=long_ago)
    query = Query.get("spółdzielnia socjalna")
    QueryDailyHits.objects.create(query=query, date=long_ago.date(), hits=3)
    unanswered = UnansweredQuery.objects.create(
        query_string="jan kowalski", language="pl", hits=1, last_searched_at=long_ago
    )
    return {
        "registration": factories.RegistrationFactory(event=meeting),
        "revision": old_revision,
        "consent": record,
        "query": query,
        "unanswered": unanswered,
    }


def test_the_daily_run_purges_what_is_past_its_retention(old_things):
    run("--daily")

    registration = Registration.objects.get(pk=old_things["registration"].pk)
    assert registration.personal_data_erased_at is not None and registration.email is None
    assert not Revision.objects.filter(pk=old_things["revision"].pk).exists()
    assert not ConsentRecord.objects.filter(pk=old_things["consent"].pk).exists()
    assert not QueryDailyHits.objects.filter(query=old_things["query"]).exists()
    assert not UnansweredQuery.objects.filter(pk=old_things["unanswered"].pk).exists()


def test_the_frequent_run_leaves_the_daily_jobs_alone(old_things):
    run()

    assert Registration.objects.get(pk=old_things["registration"].pk).email
    assert Revision.objects.filter(pk=old_things["revision"].pk).exists()
    assert ConsentRecord.objects.filter(pk=old_things["consent"].pk).exists()
    assert UnansweredQuery.objects.filter(pk=old_things["unanswered"].pk).exists()


def test_a_failing_job_does_not_stop_the_others_and_the_run_reports_it(old_things, settings):
    settings.REVISION_RETENTION_DAYS = "rok"  # purge_revisions refuses it

    with pytest.raises(CommandError, match="purge_revisions"):
        run("--daily")

    assert Registration.objects.get(pk=old_things["registration"].pk).email is None
    assert not QueryDailyHits.objects.filter(query=old_things["query"]).exists()
