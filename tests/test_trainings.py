"""Staff trainings of the international programme: the page tree, the public application
form, places per partner (by decision, within the quota), the e-mail at each step, erasure
and retention of applicants' data; and the modular training programme, whose groups are
meetings people sign up for. Stands on a small factory-built tree."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.models import HomePage
from portal.events import booking
from portal.events.models import EventPage, Registration
from portal.trainings import applications
from portal.trainings.models import (
    ApplicationMessage,
    TrainingApplication,
    TrainingIndexPage,
    TrainingPage,
    TrainingProgrammePage,
)
from tests import factories
from tests.conftest import signup_details
from tests.tree import build_tree, translate
from zones.models import ZonePage

pytestmark = pytest.mark.django_db

Status = TrainingApplication.Status


@pytest.fixture
def tree():
    return build_tree(zone_names=("Współpracy Międzynarodowej",))


@pytest.fixture
def zone(tree):
    return tree.zones["Współpracy Międzynarodowej"]


@pytest.fixture
def kare():
    return factories.PartnerFactory(name="KARE", country="IE")


@pytest.fixture
def empleo():
    return factories.PartnerFactory(name="Empleo con Apoyo Sur", country="ES")


@pytest.fixture
def training(zone, kare, empleo):
    index = factories.TrainingIndexPageFactory(parent=zone, slug="szkolenia")
    page = factories.TrainingPageFactory(
        parent=index, title="Znajdowanie pracy w Irlandii", slug="irlandia", host_partner=kare
    )
    factories.TrainingQuotaFactory(page=page, partner=kare, places=2)
    factories.TrainingQuotaFactory(page=page, partner=empleo)
    return page


def form_data(chosen, **overrides):
    data = {
        "first_name": "Aoife",
        "last_name": "Murphy",
        "email": "aoife@example.org",
        "partner": str(chosen.pk),
        "role": "trenerka pracy",
        "motivation": "Chcę poznać metody szukania pracy z klientem.",
        "accessibility_needs": "",
        "privacy_consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def apply(training, partner, number, **overrides):
    """A real application (lock, quota check, e-mail), as the public form makes it."""
    details = {
        "email": f"trener{number}@example.org",
        "first_name": "Jan",
        "last_name": f"Trener{number}",
        "role": "trener pracy",
        "motivation": "Doświadczenie z pracodawcami.",
        "privacy_consent_at": timezone.now(),
    }
    details.update(overrides)
    return applications.apply(training, language="pl", partner=partner, **details)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(username="szef", password="x")


def field_errors(response, name):
    return [str(error) for error in response.context["form"].errors.get(name, [])]


# The page tree -----------------------------------------------------------------------------


def test_trainings_and_programme_live_in_a_zone_and_groups_are_meetings_under_the_programme():
    assert "trainings.TrainingIndexPage" in [
        f"{model._meta.app_label}.{model.__name__}" for model in ZonePage.allowed_subpage_models()
    ]
    assert TrainingIndexPage.allowed_parent_page_models() == [ZonePage]
    assert TrainingPage.allowed_parent_page_models() == [TrainingIndexPage]
    assert TrainingPage.allowed_subpage_models() == []
    assert TrainingProgrammePage.allowed_parent_page_models() == [ZonePage]
    assert TrainingProgrammePage.allowed_subpage_models() == [EventPage]
    assert TrainingProgrammePage in EventPage.allowed_parent_page_models()
    assert HomePage not in TrainingIndexPage.allowed_parent_page_models()


def test_a_training_cannot_go_straight_under_a_zone_nor_a_second_index_in_one_zone(zone, training):
    assert not TrainingPage.can_create_at(zone)
    assert not TrainingIndexPage.can_create_at(zone)  # one per zone
    assert TrainingPage.can_create_at(training.get_parent())


def test_programme_days_must_fall_within_the_training(training):
    training.programme = [
        ("day", {"date": training.end_date + datetime.timedelta(days=1), "items": []})
    ]
    with pytest.raises(Exception) as error:
        training.full_clean()
    assert "programme" in error.value.message_dict


# The training's page ---------------------------------------------------------------------------


def test_page_shows_programme_with_travel_days_practical_information_and_places(client, training):
    training.travel_info = "Lot do Dublina, potem autobus."
    training.save_revision().publish()

    response = client.get(training.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Znajdowanie pracy" in html  # the stage
    assert "Irlandia" in html
    assert "dzień podróży" in html
    assert "Warsztat: <strong>Profil zawodowy w praktyce</strong>" in html
    assert "Lot do Dublina" in html
    assert "KARE (Irlandia)" in html
    assert 'name="motivation"' in html


def test_the_form_gives_the_trainings_information_clause_not_the_meetings(client, training):
    factories.SiteContentFactory(
        locale=training.locale,
        registration_privacy_notice="Dane widzą tylko organizatorzy spotkania.",
        training_privacy_notice="Dane widzą organizatorzy i koordynator partnera.",
    )

    html = client.get(training.url).content.decode()

    assert "Dane widzą organizatorzy i koordynator partnera." in html
    assert "organizatorzy spotkania" not in html


def test_outcome_is_shown_only_after_the_training(client, training, tree):
    report = factories.NewsPageFactory(parent=tree.news_index, title="Relacja z Dublina")
    training.outcome_page = report
    training.save_revision().publish()
    assert "Relacja z Dublina" not in client.get(training.url).content.decode()

    training.start_date = timezone.localdate() - datetime.timedelta(days=20)
    training.end_date = timezone.localdate() - datetime.timedelta(days=14)
    training.programme = []
    training.save_revision().publish()

    html = client.get(training.url).content.decode()
    assert "Rezultaty szkolenia" in html and "Relacja z Dublina" in html
    assert 'name="motivation"' not in html


# Applying ------------------------------------------------------------------------------------


def test_search_finds_a_training_under_its_own_type_without_diacritics(client, training):
    training.lead = "Tydzień wizyt studyjnych w Łodzi i pracy z trenerami."
    training.save_revision().publish()
    response = client.get("/pl/szukaj/", {"q": "lodzi trenerami"})
    kinds = {choice["value"]: choice for choice in response.context["facets"][0]["choices"]}
    assert kinds["szkolenia"]["count"] == 1
    response = client.get("/pl/szukaj/", {"q": "łodzi", "typ": "szkolenia"})
    assert [item.title for item in response.context["results_page"]] == [training.title]


def test_good_application_is_stored_confirmed_by_email_and_shown_on_the_personal_page(
    client, training, kare, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(training.url, form_data(kare))

    application = TrainingApplication.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"zgloszenie/{application.token}/?nowe=1")
    assert application.status == Status.RECEIVED and application.partner == kare
    assert application.training_id == training.pk and application.privacy_consent_at
    [mail] = mailoutbox
    assert mail.subject == "Otrzymaliśmy zgłoszenie: Znajdowanie pracy w Irlandii"
    assert mail.to == ["aoife@example.org"] and mail.reply_to == ["szkolenia@example.org"]
    assert f"/zgloszenie/{application.token}/" in mail.body
    page = client.get(response["Location"])
    assert "Dziękujemy: zgłoszenie dotarło." in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "nie-adres"}, "email", "Wprowadź poprawny adres email."),
        ({"motivation": "  "}, "motivation", "To pole jest wymagane."),
        ({"partner": "999999"}, "partner", "Wybierz organizację z listy."),
        (
            {"privacy_consent": ""},
            "privacy_consent",
            "Bez tej zgody nie możemy przyjąć zgłoszenia.",
        ),
        (
            {"accessibility_needs": "tłumacz ISL"},
            "accessibility_consent",
            "Aby przekazać nam potrzeby dostępności, zaznacz tę zgodę albo usuń ich opis.",
        ),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_typed_is_lost(
    client, training, kare, overrides, field, message
):
    data = form_data(kare, **overrides)

    response = client.post(training.url, data)

    assert response.status_code == 400
    assert message in field_errors(response, field)
    html = response.content.decode()
    assert "Nie przyjęliśmy zgłoszenia" in html
    assert 'value="Murphy"' in html
    assert "Chcę poznać metody" in html or "motivation" in overrides
    assert not TrainingApplication.objects.exists()


def test_a_partner_without_places_on_this_training_cannot_be_chosen(client, training):
    other = factories.PartnerFactory(name="Lavoro Accanto", country="IT")

    response = client.post(training.url, form_data(other))

    assert field_errors(response, "partner") == ["Wybierz organizację z listy."]
    assert not TrainingApplication.objects.exists()


def test_errors_are_in_english_on_the_english_page(client, training, kare, zone, tree):
    translate(tree.home)
    translate(zone)
    translate(training.get_parent())
    english = translate(training, title="Job finding in Ireland").specific

    response = client.post(english.url, form_data(kare, motivation="", privacy_consent=""))

    assert response.status_code == 400
    assert field_errors(response, "motivation") == ["This field is required."]
    [consent_error] = field_errors(response, "privacy_consent")
    assert consent_error.startswith("Without this consent we cannot accept")
    assert "We could not accept" in response.content.decode()


def test_a_second_active_application_with_the_same_address_is_refused(client, training, kare):
    client.post(training.url, form_data(kare))

    response = client.post(training.url, form_data(kare, email="AOIFE@example.org"))

    assert response.status_code == 409
    assert "już zgłoszony na to szkolenie" in response.content.decode()
    assert TrainingApplication.objects.count() == 1


def test_no_form_and_no_application_once_applications_have_closed(client, training, kare):
    training.applications_close_on = timezone.localdate() - datetime.timedelta(days=1)
    training.save_revision().publish()

    page = client.get(training.url).content.decode()
    response = client.post(training.url, form_data(kare))

    assert 'name="motivation"' not in page
    assert "Zgłoszenia na to szkolenie są zamknięte." in page
    assert response.status_code == 409
    assert not TrainingApplication.objects.exists()


# Decisions within the quota, and the e-mails -----------------------------------------------


def test_acceptance_beyond_the_partners_quota_is_refused_and_other_partners_keep_theirs(
    training, kare, empleo, superuser
):
    first, second, third = (apply(training, kare, n) for n in range(3))
    spanish = apply(training, empleo, 9)

    applications.accept(first, superuser)
    applications.accept(second, superuser)
    with pytest.raises(applications.ApplicationRefused) as refusal:
        applications.accept(third, superuser)
    applications.accept(spanish, superuser)

    assert refusal.value.reason == "quota_full"
    assert "(2 z 2)" in str(refusal.value.message)
    third.refresh_from_db()
    assert third.status == Status.RECEIVED
    places = {row["partner"].name: row for row in training.partner_places()}
    assert places["KARE"]["left"] == 0 and places["Empleo con Apoyo Sur"]["left"] == 3


def test_declining_an_accepted_application_frees_its_place(training, kare, superuser):
    first, second, third = (apply(training, kare, n) for n in range(3))
    applications.accept(first, superuser)
    applications.accept(second, superuser)

    applications.decline(first, superuser)
    applications.accept(third, superuser)

    assert set(training.application_set.values_list("status", flat=True)) == {
        Status.ACCEPTED,
        Status.DECLINED,
    }


def test_applicant_gets_an_email_at_each_step(
    training, kare, superuser, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        accepted = apply(training, kare, 1)
        declined = apply(training, kare, 2, accessibility_needs="pętla indukcyjna")
    with django_capture_on_commit_callbacks(execute=True):
        applications.accept(accepted, superuser)
        applications.decline(declined, superuser)

    # The organiser's e-mail about the needs: tests/test_training_organiser_emails.py.
    to_applicants = [mail for mail in mailoutbox if mail.to != [training.organiser_email]]
    assert [(mail.to[0], mail.subject) for mail in to_applicants] == [
        ("trener1@example.org", "Otrzymaliśmy zgłoszenie: Znajdowanie pracy w Irlandii"),
        ("trener2@example.org", "Otrzymaliśmy zgłoszenie: Znajdowanie pracy w Irlandii"),
        ("trener1@example.org", "Masz miejsce na szkoleniu: Znajdowanie pracy w Irlandii"),
        ("trener2@example.org", "Decyzja w sprawie zgłoszenia: Znajdowanie pracy w Irlandii"),
    ]
    assert "nie możemy zaproponować Ci miejsca" in to_applicants[3].body
    assert all(
        state == ApplicationMessage.State.SENT
        for state in ApplicationMessage.objects.values_list("state", flat=True)
    )
    declined.refresh_from_db()
    assert declined.accessibility_needs == ""  # not going: the needs are not needed


def test_a_failed_email_stays_pending_and_is_sent_by_the_scheduled_job(
    training, kare, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    with django_capture_on_commit_callbacks(execute=True):
        application = apply(training, kare, 1)
    message = application.messages.get()
    assert message.state == ApplicationMessage.State.PENDING and message.attempts == 1
    assert "trener1@example.org" not in message.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    ApplicationMessage.objects.update(next_attempt_at=timezone.now())
    call_command("send_training_emails", stdout=io.StringIO())

    message.refresh_from_db()
    assert message.state == ApplicationMessage.State.SENT
    assert len(mailoutbox) == 1


# Erasure and retention -----------------------------------------------------------------------


def test_applicant_withdraws_and_erases_their_data_through_the_personal_link(
    client, training, kare, superuser
):
    application = apply(training, kare, 1, accessibility_needs="asystent")
    applications.accept(application, superuser)
    link = training.url + training.reverse_subpage("application", args=[application.token])

    client.post(link, {"action": "withdraw"})
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN and application.accessibility_needs == ""
    assert training.partner_places()[0]["left"] == 2

    response = client.post(link, {"action": "erase"})

    assert response.status_code == 200
    assert "Twoje dane zostały usunięte" in response.content.decode()
    application.refresh_from_db()
    assert (application.first_name, application.email, application.motivation) == ("", None, "")
    assert application.token is None and application.personal_data_erased_at
    assert client.get(link).status_code == 404


def test_erasure_skips_emails_not_yet_sent(training, kare):
    application = apply(training, kare, 1)  # the e-mail waits for a commit that never comes

    applications.erase_personal_data(application)

    assert list(application.messages.values_list("state", flat=True)) == ["skipped"]


def test_retention_erases_needs_first_and_all_personal_data_later(training, kare, superuser):
    recent = apply(training, kare, 1, accessibility_needs="tłumacz")
    old_training = factories.TrainingPageFactory(
        parent=training.get_parent(),
        start_date=timezone.localdate() - datetime.timedelta(days=200),
        end_date=timezone.localdate() - datetime.timedelta(days=194),
        programme=[],
    )
    factories.TrainingQuotaFactory(page=old_training, partner=kare)
    old = TrainingApplication.objects.create(
        training=old_training,
        partner=kare,
        status=Status.ACCEPTED,
        language="pl",
        email="dawno@example.org",
        first_name="Dawny",
        accessibility_needs="pętla",
        privacy_consent_at=timezone.now(),
    )
    just_over = factories.TrainingPageFactory(
        parent=training.get_parent(),
        start_date=timezone.localdate() - datetime.timedelta(days=9),
        end_date=timezone.localdate() - datetime.timedelta(days=3),
        programme=[],
    )
    factories.TrainingQuotaFactory(page=just_over, partner=kare)
    finished = TrainingApplication.objects.create(
        training=just_over,
        partner=kare,
        status=Status.ACCEPTED,
        language="pl",
        email="niedawno@example.org",
        first_name="Niedawny",
        accessibility_needs="asystent",
        privacy_consent_at=timezone.now(),
    )

    out = io.StringIO()
    call_command("purge_training_applications", stdout=out)

    old.refresh_from_db()
    finished.refresh_from_db()
    recent.refresh_from_db()
    assert old.personal_data_erased_at and old.email is None and old.status == Status.ACCEPTED
    assert finished.first_name == "Niedawny" and finished.accessibility_needs == ""
    assert recent.accessibility_needs == "tłumacz"
    assert "personal data erased: 1" in out.getvalue()


def test_the_scheduler_runs_the_trainings_jobs():
    from portal.core.management.commands.run_scheduled_jobs import daily_jobs, frequent_jobs

    assert ["send_training_emails"] in frequent_jobs()
    assert ["purge_training_applications"] in daily_jobs()


# The modular programme -------------------------------------------------------------------------


@pytest.fixture
def programme(zone):
    page = factories.TrainingProgrammePageFactory(parent=zone, slug="program")
    factories.EventPageFactory(parent=page, title="Grupa 2 – Poznań", capacity=10)
    factories.EventPageFactory(
        parent=page,
        title="Grupa 1 – Łódź",
        capacity=10,
        start=timezone.now() + datetime.timedelta(days=7),
        end=timezone.now() + datetime.timedelta(days=8),
    )
    return page


def test_programme_page_lists_modules_with_materials_and_groups_with_seats_left(client, programme):
    document = factories.DocumentFactory(title="Podręcznik do modułu 1")
    programme.modules = [
        (
            "module",
            {
                "title": "Moduł 1 – Usługi społeczne",
                "goals": "Uporządkowanie pojęć.",
                "topics": ["Katalog usług społecznych"],
                "materials": [document],
            },
        )
    ]
    programme.save_revision().publish()
    group = EventPage.objects.get(title="Grupa 2 – Poznań")
    booking.register(group, language="pl", **signup_details(1, people=3))

    html = client.get(programme.url).content.decode()

    assert "Moduł 1 – Usługi społeczne" in html and "Katalog usług społecznych" in html
    assert "Podręcznik do modułu 1" in html
    assert html.index("Grupa 1 – Łódź") < html.index("Grupa 2 – Poznań")
    assert "Wolne miejsca: 7" in html or "7" in html.split("Grupa 2 – Poznań")[1][:600]


def test_signing_up_for_a_group_works_like_a_meeting(
    client, programme, mailoutbox, django_capture_on_commit_callbacks
):
    group = EventPage.objects.get(title="Grupa 1 – Łódź")
    data = {
        "first_name": "Ewa",
        "last_name": "Lis",
        "email": "ewa@example.org",
        "phone": "",
        "organisation": "CIS Łódź",
        "organisation_type": "ngo",
        "role": "animatorka",
        "people": "1",
        "privacy_consent": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(group.url, data)

    assert response.status_code == 302
    registration = Registration.objects.get(event=group)
    assert registration.status == Registration.Status.CONFIRMED
    assert group.url.startswith(programme.url)
    assert mailoutbox[0].subject == "Potwierdzenie zapisu: Grupa 1 – Łódź"
