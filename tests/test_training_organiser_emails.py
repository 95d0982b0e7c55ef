"""The training's organiser is told: one e-mail per application with accessibility needs as it
arrives, and if they chose it a daily summary of applications; both through the outbox, with
the link to the admin list and never the applicant's name, address or needs (free text, maybe
health data)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from portal.core.choices import OrganiserNotifications
from portal.trainings import applications, notifications
from portal.trainings.models import TrainingApplication, TrainingOrganiserMessage
from tests import factories
from tests.tree import build_tree

pytestmark = pytest.mark.django_db

ORGANISER = "szkolenia-dublin@example.org"
NEEDS = "Tłumaczka PJM i dieta bezglutenowa po operacji"
State = TrainingOrganiserMessage.State


@pytest.fixture
def kare():
    return factories.PartnerFactory(name="KARE", country="IE")


@pytest.fixture
def empleo():
    return factories.PartnerFactory(name="Empleo con Apoyo Sur", country="ES")


@pytest.fixture
def training(kare, empleo):
    zone = build_tree(zone_names=("Współpracy Międzynarodowej",)).zones[
        "Współpracy Międzynarodowej"
    ]
    index = factories.TrainingIndexPageFactory(parent=zone)
    page = factories.TrainingPageFactory(
        parent=index, title="Szkolenie w Dublinie", organiser_email=ORGANISER
    )
    factories.TrainingQuotaFactory(page=page, partner=kare, places=2)
    factories.TrainingQuotaFactory(page=page, partner=empleo, places=1)
    return page


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(username="szefowa", password="x")


def apply(training, partner, number, **overrides):
    details = {
        "email": f"trenerka{number}@example.org",
        "first_name": "Aoife",
        "last_name": f"Murphy{number}",
        "role": "trenerka pracy",
        "motivation": "Chcę poznać metody pracy z pracodawcami.",
        "privacy_consent_at": timezone.now(),
    }
    details.update(overrides)
    return applications.apply(training, language="pl", partner=partner, **details)


def with_needs():
    return {"accessibility_needs": NEEDS, "accessibility_consent_at": timezone.now()}


def to_organiser(mailoutbox):
    return [message for message in mailoutbox if message.to == [ORGANISER]]


def admin_list_url(training, settings):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "training_applications:list", args=[training.pk]
    )


def test_the_organiser_chooses_notifications_next_to_their_e_mail(client, training, superuser):
    client.force_login(superuser)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[training.pk])).content.decode()

    assert 'name="organiser_notifications"' in edit
    assert edit.index('name="organiser_email"') < edit.index('name="organiser_notifications"')
    assert training.organiser_notifications == OrganiserNotifications.ACCESSIBILITY


def test_an_application_with_needs_tells_the_organiser_once_without_personal_data(
    training, kare, mailoutbox, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        application = apply(training, kare, 1, **with_needs())
    call_command("send_training_emails", stdout=io.StringIO())

    [email] = to_organiser(mailoutbox)
    assert email.subject == "Prośba o dostępność: Szkolenie w Dublinie"
    assert "wpłynęło zgłoszenie z prośbą o zapewnienie dostępności" in email.body
    assert admin_list_url(training, settings) in email.body
    for value in ["Aoife", "Murphy1", "trenerka1@example.org", "Tłumaczka", "bezglutenowa"]:
        assert value not in email.body and value not in email.subject, value
    assert [message.to for message in mailoutbox].count([application.email]) == 1
    assert TrainingOrganiserMessage.objects.get().state == State.SENT


def test_no_e_mail_to_the_organiser_without_needs_or_when_they_want_none(
    training, kare, empleo, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        apply(training, kare, 1)
    training.organiser_notifications = OrganiserNotifications.NONE
    training.save()
    with django_capture_on_commit_callbacks(execute=True):
        apply(training, empleo, 2, **with_needs())

    assert to_organiser(mailoutbox) == []
    assert not TrainingOrganiserMessage.objects.exists()
    assert len(mailoutbox) == 2  # the applicants' confirmations


def withdraw(application, user):
    applications.withdraw(application)


def decline(application, user):
    applications.decline(application, user)


def erase(application, user):
    applications.erase_personal_data(application)


def forget_needs(application, user):
    applications.forget_accessibility_needs(TrainingApplication.objects.filter(pk=application.pk))


@pytest.mark.parametrize("change", [withdraw, decline, erase, forget_needs])
def test_a_request_no_longer_standing_when_it_is_sent_is_skipped(
    training, kare, superuser, mailoutbox, change
):
    application = apply(training, kare, 1, **with_needs())  # the worker has not sent it yet
    message = TrainingOrganiserMessage.objects.get()

    change(application, superuser)

    assert notifications.deliver_to_organiser(message.pk) == State.SKIPPED
    assert to_organiser(mailoutbox) == []


def test_a_failed_request_stays_in_the_outbox_and_is_sent_later(
    training, kare, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    with django_capture_on_commit_callbacks(execute=True):
        apply(training, kare, 1, **with_needs())
    message = TrainingOrganiserMessage.objects.get()
    assert (message.state, message.attempts) == (State.PENDING, 1)
    assert message.last_error and ORGANISER not in message.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    TrainingOrganiserMessage.objects.update(next_attempt_at=timezone.now())
    call_command("send_training_emails", stdout=io.StringIO())

    assert TrainingOrganiserMessage.objects.get().state == State.SENT
    assert len(to_organiser(mailoutbox)) == 1


# The daily summary ---------------------------------------------------------------------------


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


@pytest.fixture
def digest_training(training, kare, empleo, superuser, django_capture_on_commit_callbacks):
    """Yesterday: two KARE applications (one accepted, one with needs) and one of Empleo;
    today: one more of Empleo (tomorrow's summary)."""
    training.organiser_notifications = OrganiserNotifications.DIGEST
    training.save()
    with django_capture_on_commit_callbacks(execute=True):
        accepted = apply(training, kare, 1)
        applications.accept(accepted, superuser)
        apply(training, kare, 2, **with_needs())
        apply(training, empleo, 3)
    noon = timezone.make_aware(datetime.datetime.combine(yesterday(), datetime.time(12)))
    TrainingApplication.objects.update(created_at=noon)
    TrainingOrganiserMessage.objects.update(created_at=noon)
    with django_capture_on_commit_callbacks(execute=True):
        apply(training, empleo, 4)
    return training


def test_the_daily_summary_counts_yesterdays_applications_per_partner_without_personal_data(
    digest_training, mailoutbox, settings
):
    mailoutbox.clear()

    call_command("send_training_digests", stdout=io.StringIO())

    [email] = mailoutbox
    assert email.to == [ORGANISER]  # and nothing else was due
    assert email.subject == "Podsumowanie zgłoszeń: Szkolenie w Dublinie"
    body = email.body
    assert f"w dniu {yesterday():%d.%m.%Y}" in body
    assert "nowe zgłoszenia (wszyscy partnerzy): 3" in body
    assert "prośby o dostępność: 1" in body
    assert "KARE: nowe 2, czekają na decyzję 1, zakwalifikowane 1 z 2 miejsc" in body
    assert "Empleo con Apoyo Sur: nowe 1, czekają na decyzję 2, zakwalifikowane 0 z 1" in body
    assert admin_list_url(digest_training, settings) in body
    for application in TrainingApplication.objects.all():
        for value in [application.last_name, application.email]:
            assert value not in body, value
    assert "Tłumaczka" not in body


def test_the_summary_is_sent_once_a_day(digest_training, mailoutbox):
    mailoutbox.clear()

    call_command("send_training_digests", stdout=io.StringIO())
    call_command("send_training_digests", stdout=io.StringIO())

    assert len(mailoutbox) == 1
    digests = TrainingOrganiserMessage.objects.filter(
        kind=TrainingOrganiserMessage.Kind.DAILY_DIGEST
    )
    assert digests.count() == 1


def test_no_summary_for_organisers_who_did_not_choose_it_or_a_quiet_day(
    digest_training, mailoutbox
):
    mailoutbox.clear()
    quiet_day = yesterday() - datetime.timedelta(days=1)

    call_command("send_training_digests", "--day", quiet_day.isoformat(), stdout=io.StringIO())
    digest_training.organiser_notifications = OrganiserNotifications.ACCESSIBILITY
    digest_training.save()
    call_command("send_training_digests", stdout=io.StringIO())

    assert mailoutbox == []


def test_the_scheduler_sends_the_summaries_daily():
    from portal.core.management.commands.run_scheduled_jobs import daily_jobs

    assert ["send_training_digests"] in daily_jobs()
