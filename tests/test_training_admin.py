"""Organisers' and partner coordinators' side of training applications in the Wagtail admin:
a coordinator sees and decides only on their own partner's applicants, an organiser on all of
the training's, nobody else on any; decisions stay within the quota; the downloads open in
Polish Excel and hold only what the user may see."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from portal.trainings import applications
from portal.trainings.models import TrainingApplication
from portal.trainings.permissions import COORDINATORS_GROUP_NAME, ORGANISERS_GROUP_NAME
from tests import factories
from tests.tree import build_tree

pytestmark = pytest.mark.django_db

Status = TrainingApplication.Status


def url(name, *args):
    return reverse(f"training_applications:{name}", args=args)


@pytest.fixture
def zone():
    return build_tree(zone_names=("Współpracy Międzynarodowej", "WTZ")).zones[
        "Współpracy Międzynarodowej"
    ]


@pytest.fixture
def kare():
    return factories.PartnerFactory(name="KARE", country="IE")


@pytest.fixture
def empleo():
    return factories.PartnerFactory(name="Empleo con Apoyo Sur", country="ES")


@pytest.fixture
def training(zone, kare, empleo):
    index = factories.TrainingIndexPageFactory(parent=zone)
    page = factories.TrainingPageFactory(parent=index, title="Szkolenie w Dublinie")
    factories.TrainingQuotaFactory(page=page, partner=kare, places=1)
    factories.TrainingQuotaFactory(page=page, partner=empleo, places=1)
    return page


def apply(training, partner, last_name):
    return applications.apply(
        training,
        language="pl",
        partner=partner,
        email=f"{last_name.lower()}@example.org",
        first_name="Osoba",
        last_name=last_name,
        role="trener pracy",
        motivation="Motywacja",
        privacy_consent_at=timezone.now(),
    )


@pytest.fixture
def irish(training, kare):
    return apply(training, kare, "Irlandzka")


@pytest.fixture
def second_irish(training, kare):
    return apply(training, kare, "Irlandzki")


@pytest.fixture
def spanish(training, empleo):
    return apply(training, empleo, "Hiszpanska")


def coordinator_of(partner, username):
    user = factories.UserFactory(username=username)
    partner.coordinators.add(user)
    return user


@pytest.fixture
def organiser(zone):
    user = factories.zone_editor(zone, "organizatorka")
    user.groups.add(Group.objects.get(name=ORGANISERS_GROUP_NAME))
    return user


def assert_refused(response):
    """Wagtail answers PermissionDenied in its admin with a redirect to the admin home and an
    error message, so nothing of the page is served."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def listed(response):
    return response.content.decode()


def test_coordinator_sees_only_their_own_partners_applicants(
    client, training, kare, irish, spanish
):
    client.force_login(coordinator_of(kare, "koordynator-kare"))

    index = client.get(url("index"))
    response = client.get(url("list", training.pk))

    assert index.status_code == 200 and "Szkolenie w Dublinie" in listed(index)
    assert response.status_code == 200
    assert "Irlandzka" in listed(response)
    assert "Hiszpanska" not in listed(response)
    assert "hiszpanska@example.org" not in listed(response)


def test_coordinator_decides_on_their_own_applicants_and_is_refused_others(
    client, training, kare, irish, spanish
):
    client.force_login(coordinator_of(kare, "koordynator-kare"))

    refused = client.post(url("accept", spanish.pk))
    accepted = client.post(url("accept", irish.pk))

    assert_refused(refused)
    assert accepted.status_code == 302
    irish.refresh_from_db()
    spanish.refresh_from_db()
    assert irish.status == Status.ACCEPTED and irish.decided_by.username == "koordynator-kare"
    assert spanish.status == Status.RECEIVED


def test_organiser_sees_and_decides_on_every_partners_applicants(
    client, training, organiser, irish, spanish
):
    client.force_login(organiser)

    response = client.get(url("list", training.pk))
    client.post(url("decline", spanish.pk))

    assert "Irlandzka" in listed(response) and "Hiszpanska" in listed(response)
    spanish.refresh_from_db()
    assert spanish.status == Status.DECLINED


def test_others_see_nothing(client, training, zone, irish):
    editor_elsewhere = factories.zone_editor(zone, "redaktorka-strefy")
    other_coordinator = coordinator_of(factories.PartnerFactory(name="Lavoro"), "koordynator-it")

    for user in (editor_elsewhere, other_coordinator):
        client.force_login(user)
        assert_refused(client.get(url("list", training.pk)))
        assert_refused(client.get(url("export_csv", training.pk)))
        assert_refused(client.post(url("accept", irish.pk)))
    irish.refresh_from_db()
    assert irish.status == Status.RECEIVED


def test_organiser_of_another_zone_sees_nothing(client, training, irish):
    other_zone = factories.ZonePageFactory(parent=training.get_parent().get_parent().get_parent())
    user = factories.zone_editor(other_zone, "organizator-gdzie-indziej")
    user.groups.add(Group.objects.get(name=ORGANISERS_GROUP_NAME))
    client.force_login(user)

    assert_refused(client.get(url("list", training.pk)))


def test_accepting_beyond_the_quota_in_the_admin_is_refused_with_a_clear_message(
    client, training, organiser, irish, second_irish
):
    client.force_login(organiser)
    client.post(url("accept", irish.pk))

    response = client.post(url("accept", second_irish.pk), follow=True)

    second_irish.refresh_from_db()
    assert second_irish.status == Status.RECEIVED
    assert "Miejsca tego partnera są już wszystkie przyznane (1 z 1)" in listed(response)


def csv_rows(response):
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_exports_hold_what_the_user_may_see_in_csv_and_xlsx(
    client, training, kare, organiser, irish, spanish
):
    client.force_login(organiser)
    rows = csv_rows(client.get(url("export_csv", training.pk)))
    sheet = load_workbook(io.BytesIO(client.get(url("export_xlsx", training.pk)).content)).active

    assert rows[0][:5] == ["Status", "Zgłoszono", "Imię", "Nazwisko", "E-mail"]
    assert sorted(row[3] for row in rows[1:]) == ["Hiszpanska", "Irlandzka"]
    assert sheet.cell(1, 1).value == "Szkolenie w Dublinie"
    assert sheet.max_row == 4  # title, headings, two applicants

    client.force_login(coordinator_of(kare, "koordynator-kare"))
    rows = csv_rows(client.get(url("export_csv", training.pk)))
    assert [row[3] for row in rows[1:]] == ["Irlandzka"]


def test_editors_work_on_trainings_and_partners_in_the_admin(client, training, organiser):
    from django.contrib.auth.models import User

    superuser = User.objects.create_superuser(username="szefowa", password="x")
    client.force_login(superuser)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[training.pk]))
    programme_add = client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["trainings", "trainingprogrammepage", training.get_parent().get_parent().pk],
        )
    )
    partners = client.get(reverse("training_partners:index"))

    assert edit.status_code == 200
    assert url("list", training.pk) in edit.content.decode()  # the "Zgłoszenia" button
    assert programme_add.status_code == 200
    assert partners.status_code == 200 and "KARE" in partners.content.decode()


def test_naming_a_coordinator_lets_them_into_the_admin_and_removing_them_takes_it_back(
    client, kare, empleo
):
    """Editors name coordinators on the partner's screen; nobody should also have to find the
    coordinators' group by hand for the person to log in."""
    user = factories.UserFactory(username="koordynatorka")
    coordinators = Group.objects.get(name=COORDINATORS_GROUP_NAME)

    kare.coordinators.add(user)
    empleo.coordinators.add(user)
    assert coordinators.user_set.filter(pk=user.pk).exists()
    client.force_login(user)
    assert client.get(url("index")).status_code == 200

    kare.coordinators.remove(user)
    assert coordinators.user_set.filter(pk=user.pk).exists(), "still coordinates Empleo"
    user.coordinated_partners.clear()
    assert not coordinators.user_set.filter(pk=user.pk).exists()
    response = client.get(url("index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login")), "no way into the admin"
