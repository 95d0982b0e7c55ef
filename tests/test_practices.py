"""The compendium of good practices: its place in the tree, the filters with their counts,
the site search, the PDF of the whole compendium, the partners' proposal form and the zone
editors' rights."""

import datetime
import io
import logging
import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.models import Page

from portal.practices.compendium import build_compendium
from portal.practices.models import (
    CompendiumFile,
    PracticeIndexPage,
    PracticePage,
    PracticeProposal,
)
from portal.reports.pdf_text import extract_text
from tests import factories
from tests.tree import build_tree
from zones.models import ZonePage
from zones.permissions import ensure_moderators_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return build_tree(zone_names=("Współpracy Międzynarodowej", "WTZ"))


@pytest.fixture
def compendium(tree):
    return factories.PracticeIndexPageFactory(
        parent=tree.zones["Współpracy Międzynarodowej"], slug="kompendium"
    )


def practice(index, title, country, stages, work_areas=(), target_groups=(), **fields):
    return factories.PracticePageFactory(
        parent=index,
        title=title,
        country=country,
        stages=stages,
        work_areas=work_areas,
        target_groups=target_groups,
        **fields,
    )


@pytest.fixture
def practices(compendium):
    return [
        practice(compendium, "Mentor w zakładzie", "IE", ["engagement", "on_off_job_support"],
                 ["workplace"], ["intellectual"]),
        practice(compendium, "Profil zawodowy w rodzinie", "PL", ["vocational_profile"],
                 ["person", "family"], ["intellectual", "mental_illness"]),
        practice(compendium, "Pracodawcy przy jednym stole", "PL", ["employer_engagement"],
                 ["workplace"], ["deaf"]),
        practice(compendium, "Tłumacz w pierwszym tygodniu", "ES", ["on_off_job_support"],
                 ["workplace", "person"], ["deaf", "deafblind"]),
    ]  # fmt: skip


# The tree ------------------------------------------------------------------------------


def test_compendium_goes_under_a_zone_or_the_home_page_and_practices_only_under_it(tree):
    assert PracticeIndexPage.can_create_at(tree.zones["Współpracy Międzynarodowej"])
    assert PracticeIndexPage.can_create_at(tree.home)
    assert not PracticeIndexPage.can_create_at(tree.news_index)
    index = factories.PracticeIndexPageFactory(parent=tree.home, slug="kompendium")
    assert PracticePage.can_create_at(index)
    assert not PracticePage.can_create_at(tree.home)
    assert not PracticePage.can_create_at(tree.zones["WTZ"])
    assert PracticeIndexPage.allowed_subpage_models() == [PracticePage]


def test_practice_keeps_its_stages_areas_and_groups_through_revisions(compendium):
    page = practice(compendium, "Praktyka", "LT", ["job_finding", "engagement"], ["family"],
                    ["blind"])  # fmt: skip
    page = PracticePage.objects.get(pk=page.pk)
    assert page.chosen_values() == {
        "stage": ["engagement", "job_finding"],
        "work_area": ["family"],
        "target_group": ["blind"],
    }
    revision = page.get_latest_revision_as_object()
    assert revision.chosen_values()["stage"] == ["engagement", "job_finding"]
    assert page.zone.specific_class is ZonePage


# Browsing with filters -------------------------------------------------------------------


def facet_counts(response):
    return {
        facet["name"]: {choice["value"]: choice["count"] for choice in facet["choices"]}
        for facet in response.context["filters"].facets()
    }


def listed_titles(response):
    return [item.title for item in response.context["listing_page"]]


def test_filters_count_practices_per_option_under_the_other_filters(client, practices, compendium):
    response = client.get(compendium.url)
    assert response.status_code == 200
    assert len(listed_titles(response)) == 4
    counts = facet_counts(response)
    assert counts["kraj"] == {"PL": 2, "IE": 1, "ES": 1}
    assert counts["etap"] == {
        "engagement": 1,
        "vocational_profile": 1,
        "employer_engagement": 1,
        "on_off_job_support": 2,
    }
    assert counts["obszar"] == {"person": 2, "workplace": 3, "family": 1}
    assert counts["grupa"] == {"intellectual": 2, "mental_illness": 1, "deaf": 2, "deafblind": 1}

    response = client.get(compendium.url, {"grupa": "deaf", "obszar": "workplace"})
    assert sorted(listed_titles(response)) == [
        "Pracodawcy przy jednym stole",
        "Tłumacz w pierwszym tygodniu",
    ]
    counts = facet_counts(response)
    # A chosen facet still offers its alternatives, counted under the other filter.
    assert counts["grupa"] == {"intellectual": 1, "deaf": 2, "deafblind": 1}
    assert counts["obszar"] == {"person": 1, "workplace": 2}
    assert counts["kraj"] == {"PL": 1, "ES": 1}
    page = response.content.decode()
    assert 'aria-current="true"' in page
    assert "?obszar=workplace" in page  # removing the group keeps the area


def test_unknown_filter_values_are_ignored_and_pages_keep_the_filters(client, compendium):
    for number in range(12):
        practice(compendium, f"Praktyka {number:02}", "PL", ["job_finding"])
    practice(compendium, "Inna", "IE", ["engagement"])
    response = client.get(compendium.url, {"kraj": "XX", "etap": "<script>"})
    assert response.status_code == 200
    assert response.context["listing_page"].paginator.count == 13
    response = client.get(compendium.url, {"kraj": "PL", "strona": "2"})
    assert response.context["listing_page"].paginator.count == 12
    assert len(listed_titles(response)) == 2
    assert "kraj=PL&amp;strona=1" in response.content.decode()


def test_facet_counts_take_a_fixed_number_of_queries(client, practices, compendium):
    client.get(compendium.url)
    with CaptureQueriesContext(connection) as few:
        client.get(compendium.url, {"kraj": "PL"})
    for number in range(6):
        practice(compendium, f"Dodatkowa {number}", "PL", ["engagement"], ["person"], ["blind"])
    client.get(compendium.url)  # menus and site records cached again after the publishing
    with CaptureQueriesContext(connection) as many:
        client.get(compendium.url, {"kraj": "PL"})
    assert len(many) == len(few)


# The site search -----------------------------------------------------------------------


def test_search_finds_a_practice_under_its_own_type(client, practices):
    response = client.get("/pl/szukaj/", {"q": "tlumacz"})
    kinds = {choice["value"]: choice for choice in response.context["facets"][0]["choices"]}
    assert kinds["praktyki"]["count"] == 1
    response = client.get("/pl/szukaj/", {"q": "tłumacz", "typ": "praktyki"})
    assert [item.title for item in response.context["results_page"]] == [
        "Tłumacz w pierwszym tygodniu"
    ]


# The compendium as one PDF ---------------------------------------------------------------


def pdf_text(record):
    with record.file.open("rb") as file:
        return extract_text(io.BytesIO(file.read()))


def test_the_pdf_has_no_blank_page(compendium, practices):
    """The contents follow the title; each practice starts a page; no page is left empty."""
    record = build_compendium(compendium)
    with record.file.open("rb") as file:
        pages = PdfReader(file).pages
        texts = [page.extract_text().strip() for page in pages]
    assert len(texts) == 1 + len(practices)
    assert all(texts), [number for number, text in enumerate(texts, start=1) if not text]
    assert "Spis treści" in texts[0]


def test_publishing_a_practice_rebuilds_the_compendium_pdf(
    client, compendium, practices, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = practice(compendium, "Klub pracodawców w Kownie", "LT", ["employer_engagement"])
    record = CompendiumFile.objects.get(index=compendium)
    text = pdf_text(record)
    assert "Spis treści" in text
    assert "Klub pracodawców w Kownie" in text
    assert text.count("Klub pracodawców w Kownie") >= 2  # in the contents and as a chapter
    assert record.practice_count == 5 and record.language == "pl"

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    record.refresh_from_db()
    assert "Klub pracodawców w Kownie" not in pdf_text(record)

    response = client.get(compendium.url + "pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Language"] == "pl"
    listing = client.get(compendium.url).content.decode()
    assert "Pobierz całe kompendium (PDF)" in listing and "stan na" in listing


def test_publishing_many_practices_at_once_builds_the_pdf_once(
    compendium, django_capture_on_commit_callbacks, caplog
):
    """An import or the demo publishes dozens in one transaction: one rebuild covers them."""
    caplog.set_level(logging.INFO, logger="portal.practices.tasks")
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        for number in range(3):
            page = practice(compendium, f"Praktyka {number}", "PL", ["job_finding"])
        page.unpublish()
    builds = [r for r in caplog.records if r.getMessage().endswith("rebuilt")]
    assert len(callbacks) >= 4 and len(builds) == 1
    record = CompendiumFile.objects.get(index=compendium)
    assert record.practice_count == 2 and not record.changes_waiting


def test_the_pdf_address_builds_a_missing_compendium(client, compendium, practices):
    """The worker has not run yet: a rebuild waits, no file exists."""
    assert CompendiumFile.objects.get(index=compendium).changes_waiting
    assert compendium.compendium is None
    response = client.get(compendium.url + "pdf/")
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    assert "Mentor w zakładzie" in extract_text(io.BytesIO(data))


# Proposals from partners -----------------------------------------------------------------

PROPOSAL = {
    "title": "Klub pracy w Wilnie",
    "country": "LT",
    "partner_organisation": "Stowarzyszenie Przykładowe",
    "stages": ["job_finding", "employer_engagement"],
    "target_groups": ["intellectual"],
    "summary": "Cotygodniowe spotkania osób szukających pracy z trenerem.",
    "description": "Spotkania raz w tygodniu.\n\nPracodawcy przychodzą opowiedzieć o pracy.",
    "results": "12 osób znalazło pracę.",
    "success_factors": "",
    "contacts": "biuro@example.org",
    "email": "Partner@Example.org",
    "consent": "on",
    "website": "",
}


def moderator():
    user = factories.UserFactory(username="moderator", email="moderator@example.org")
    user.groups.add(ensure_moderators_group())
    return user


def test_a_proposal_becomes_a_draft_and_the_proposer_is_told_on_publication(
    client, compendium, django_capture_on_commit_callbacks
):
    moderator()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(compendium.url + "zaproponuj/", PROPOSAL)
    assert response.status_code == 302 and response.url.endswith("/zaproponuj/wyslano/")
    page = PracticePage.objects.get(title="Klub pracy w Wilnie")
    assert not page.live
    assert page.get_parent().pk == compendium.pk
    assert client.get(page.url or compendium.url + page.slug + "/").status_code == 404
    assert page.chosen_values()["stage"] == ["job_finding", "employer_engagement"]
    assert "<p>Pracodawcy przychodzą opowiedzieć o pracy.</p>" in str(page.body)
    assert page.current_workflow_state is not None  # awaiting the moderators' review
    assert [message.to for message in mail.outbox] == [["moderator@example.org"]]
    assert "partner@example.org" not in mail.outbox[0].body
    proposal = PracticeProposal.objects.get(page=page)
    assert proposal.email == "partner@example.org"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    assert [message.to for message in mail.outbox] == [["partner@example.org"]]
    assert "Klub pracy w Wilnie" in mail.outbox[0].body
    assert not PracticeProposal.objects.exists()  # erased once told


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": ""}, "title"),
        ({"country": "XX"}, "country"),
        ({"stages": []}, "stages"),
        ({"stages": ["not_a_stage"]}, "stages"),
        ({"email": "not-an-address"}, "email"),
        ({"consent": ""}, "consent"),
        ({"summary": "tekst\u202ezły"}, "summary"),
    ],
)
def test_bad_proposals_come_back_with_the_reason_and_the_text(client, compendium, changes, field):
    data = {**PROPOSAL, **changes}
    response = client.post(compendium.url + "zaproponuj/", data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    page = response.content.decode()
    assert 'id="form-errors"' in page
    assert "Cotygodniowe spotkania" in page or field == "summary"
    assert not PracticePage.objects.exists()
    assert not PracticeProposal.objects.exists()


def test_proposals_are_limited_per_address(client, compendium, settings):
    settings.PRACTICE_PROPOSALS_PER_ADDRESS = 1
    assert client.post(compendium.url + "zaproponuj/", PROPOSAL).status_code == 302
    response = client.post(compendium.url + "zaproponuj/", {**PROPOSAL, "title": "Druga"})
    assert response.status_code == 429
    assert "zbyt wiele" in response.content.decode()
    assert PracticePage.objects.count() == 1


def test_proposers_addresses_are_erased_after_the_retention_period(client, compendium, settings):
    client.post(compendium.url + "zaproponuj/", PROPOSAL)
    proposal = PracticeProposal.objects.get()
    PracticeProposal.objects.filter(pk=proposal.pk).update(
        created_at=proposal.created_at - datetime.timedelta(days=181)
    )
    call_command("purge_practice_proposals", stdout=io.StringIO())
    assert not PracticeProposal.objects.exists()
    assert PracticePage.objects.filter(live=False).count() == 1  # the draft stays


def test_the_daily_job_tells_proposers_the_worker_missed(client, compendium):
    client.post(compendium.url + "zaproponuj/", PROPOSAL)
    page = PracticePage.objects.get()
    page.get_latest_revision().publish()  # no commit in the test: the task did not run
    mail.outbox.clear()
    call_command("purge_practice_proposals", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [["partner@example.org"]]
    assert not PracticeProposal.objects.exists()


# Zone editors ------------------------------------------------------------------------------


def test_international_zone_editors_edit_practices_in_their_zone_only(client, tree, compendium):
    own = practice(compendium, "Nasza praktyka", "PL", ["engagement"])
    central = factories.PracticeIndexPageFactory(parent=tree.home, slug="kompendium-centralne")
    other = practice(central, "Cudza praktyka", "PL", ["engagement"])
    client.force_login(factories.zone_editor(tree.zones["Współpracy Międzynarodowej"], "intl"))
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert (
        client.get(f"/admin/pages/add/practices/practicepage/{compendium.pk}/").status_code == 200
    )
    refused = client.get(f"/admin/pages/{other.pk}/edit/")
    assert refused.status_code == 302 and refused.url == "/admin/"
    editor = User.objects.get(username="intl")
    assert Page.objects.get(pk=own.pk).permissions_for_user(editor).can_publish()
    assert not Page.objects.get(pk=other.pk).permissions_for_user(editor).can_edit()


def admin_practice_form(**changes):
    data = {
        "title": "Praktyka z panelu",
        "slug": "praktyka-z-panelu",
        "country": "IE",
        "partner_organisation": "KARE",
        "stages": ["engagement", "job_finding"],
        "work_areas": ["family"],
        "summary": "Dodana przez redakcję strefy.",
        "body-count": "0",
        "results-count": "0",
        "contacts": "",
        "action-publish": "action-publish",
    }
    for prefix in ("materials", "comments"):
        for name, value in (("TOTAL", "0"), ("INITIAL", "0"), ("MIN_NUM", "0"), ("MAX_NUM", "9")):
            data[f"{prefix}-{name}_FORMS"] = value
    data.update(changes)
    return data


def test_zone_editors_publish_a_practice_with_its_stages_from_the_admin(
    client, tree, compendium, django_capture_on_commit_callbacks
):
    client.force_login(factories.zone_editor(tree.zones["Współpracy Międzynarodowej"], "intl"))
    url = f"/admin/pages/add/practices/practicepage/{compendium.pk}/"
    refused = client.post(url, admin_practice_form(stages=[]))
    assert refused.status_code == 200
    assert "stages" in refused.context["form"].errors
    assert not PracticePage.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, admin_practice_form())
    assert response.status_code == 302
    page = PracticePage.objects.get(slug="praktyka-z-panelu")
    assert page.live
    assert page.chosen_values() == {
        "stage": ["engagement", "job_finding"],
        "work_area": ["family"],
        "target_group": [],
    }
    assert "Praktyka z panelu" in pdf_text(CompendiumFile.objects.get(index=compendium))
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert re.search(r'value="job_finding"[^>]*checked', edit)
    assert not re.search(r'value="vocational_profile"[^>]*checked', edit)


# The demo --------------------------------------------------------------------------------


def test_the_demo_compendium_has_twelve_practices_from_four_countries_in_both_languages(
    client, demo_site
):
    pl_index = PracticeIndexPage.objects.get(locale__language_code="pl")
    en_index = PracticeIndexPage.objects.get(locale__language_code="en")
    pl_practices = PracticePage.objects.live().child_of(pl_index)
    assert pl_practices.count() >= 12
    assert len(set(pl_practices.values_list("country", flat=True))) >= 4
    assert PracticePage.objects.live().child_of(en_index).count() == pl_practices.count()
    assert pl_index.zone is not None
    kare = pl_practices.get(partner_organisation="KARE")
    english_kare = kare.get_translation(en_index.locale)
    assert english_kare.title != kare.title
    assert english_kare.chosen_values() == kare.chosen_values()

    response = client.get(en_index.url, {"kraj": "IE", "etap": "engagement"})
    assert response.status_code == 200
    assert english_kare.title in [item.title for item in response.context["listing_page"]]
    pdf = client.get(en_index.url + "pdf/")
    text = extract_text(io.BytesIO(b"".join(pdf.streaming_content)))
    assert "Table of contents" in text and english_kare.title in text
