"""The demo-content command builds the bilingual portal and can be re-run safely."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page

from home.models import StandardPage
from portal.news.models import NewsPage
from portal.reports.models import ReportPage
from search.models import Synonym
from tests.test_accessibility import images_and_document_links
from zones.models import ZonePage
from zones.permissions import MODERATORS_GROUP_NAME

pytestmark = pytest.mark.django_db


def page_counts():
    return {code: Page.objects.filter(locale__language_code=code).count() for code in ("pl", "en")}


def test_demo_portal_has_the_promised_content(demo_site):
    pl = Locale.objects.get(language_code="pl")
    en = Locale.objects.get(language_code="en")
    assert NewsPage.objects.live().filter(locale=pl).count() >= 6
    assert ReportPage.objects.live().filter(locale=pl).count() >= 8
    assert ZonePage.objects.live().filter(locale=pl).count() == 4
    for model in (NewsPage, ReportPage, ZonePage, StandardPage):
        assert model.objects.filter(locale=pl).count() == model.objects.filter(locale=en).count()
    zones_with_reports = {
        report.zone.pk for report in ReportPage.objects.filter(locale=pl) if report.zone
    }
    assert len(zones_with_reports) == 4, "reports are spread over all four zones"


def test_english_pages_are_wagtail_localize_translations(demo_site):
    from wagtail_localize.models import Translation

    news = NewsPage.objects.filter(locale__language_code="pl").first()
    english = news.get_translation(Locale.objects.get(language_code="en"))
    assert english.title != news.title
    assert english.translation_key == news.translation_key
    assert Translation.objects.filter(
        source__object_id=news.translation_key, target_locale__language_code="en"
    ).exists()


def test_every_report_pdf_holds_searchable_polish_text(demo_site):
    for report in ReportPage.objects.filter(locale__language_code="pl"):
        documents = list(report.documents.all())
        assert documents, f"{report.title} has no PDF"
        for item in documents:
            with item.document.file.open("rb") as handle:
                text = "".join(page.extract_text() for page in PdfReader(handle).pages)
            assert len(text) > 200
            if item.language == "pl":
                assert any(letter in text for letter in "ąęłśżźćń"), item.document.title


def test_demo_files_lie_in_their_zones_collection_or_the_shared_one(demo_site):
    """A zone's report files belong to the zone (its editors may replace them); the
    central reports' files and pictures used across the site are shared."""
    root = Collection.get_first_root_node()
    assert not Document.objects.filter(collection=root).exists()
    assert not Image.objects.filter(collection=root).exists()
    for report in ReportPage.objects.filter(locale__language_code="pl"):
        expected = report.zone.title if report.zone else "Wspólne"
        for item in report.documents.select_related("document__collection"):
            assert item.document.collection.name == expected, item.document.title
    for news in NewsPage.objects.filter(locale__language_code="pl", image__isnull=False):
        expected = news.zone.title if news.zone else "Wspólne"
        assert news.image.collection.name == expected, news.title


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_demo_page_renders_with_described_images_and_links(client, demo_site, language):
    """Every live page of the demo, in both languages: it renders, its images carry an alt
    attribute, its document links say format and size (axe runs on it in tests/browser/)."""
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    assert pages.count() >= 50
    for page in pages.order_by("path"):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        images_and_document_links(response.content.decode(), page.url)


def test_running_twice_adds_nothing_and_keeps_an_editors_change(demo_site):
    before = page_counts()
    page = StandardPage.objects.get(locale__language_code="pl", slug="o-projekcie")
    page.title = "O projekcie – poprawione przez redakcję"
    page.save_revision().publish()

    call_command("load_demo_content", stdout=io.StringIO())

    assert page_counts() == before
    page.refresh_from_db()
    assert page.title == "O projekcie – poprawione przez redakcję"


def test_the_demo_loader_creates_no_groups(demo_site):
    """Groups come from `migrate` (tests/test_standing_groups.py), never from the demo."""
    Group.objects.filter(name=MODERATORS_GROUP_NAME).delete()
    before = set(Group.objects.values_list("name", flat=True))
    call_command("load_demo_content", stdout=io.StringIO())
    assert set(Group.objects.values_list("name", flat=True)) == before


def test_local_admin_is_created_once_with_a_generated_password(db):
    from django.contrib.auth.models import User

    first, second = io.StringIO(), io.StringIO()
    call_command("ensure_local_admin", stdout=first)
    call_command("ensure_local_admin", stdout=second)
    password = first.getvalue().split("password:")[1].split()[0]
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    assert len(password) >= 12
    assert "already exists" in second.getvalue()
    assert User.objects.count() == 1


def test_the_demo_lists_the_fields_abbreviations_and_zaz_finds_its_reports(client, demo_site):
    assert Synonym.objects.filter(term="ZAZ", meaning="zakład aktywności zawodowej").exists()
    by_abbreviation = client.get("/pl/szukaj/", {"q": "ZAZ"}).context
    by_name = client.get("/pl/szukaj/", {"q": "zakładów aktywności zawodowej"}).context
    found = [report.title for report in by_abbreviation["results_page"]]
    assert found
    assert found == [report.title for report in by_name["results_page"]]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_international_zone_leads_to_its_compendium_trainings_and_programme(
    client, demo_site, language
):
    """A visitor finds them from the zone's page, in its list of subpages and in the menu."""
    from portal.practices.models import PracticeIndexPage
    from portal.trainings.models import TrainingIndexPage, TrainingProgrammePage

    locale = Locale.objects.get(language_code=language)
    pages = [
        model.objects.live().get(locale=locale)
        for model in (PracticeIndexPage, TrainingIndexPage, TrainingProgrammePage)
    ]
    zone = pages[0].get_parent().specific
    html = client.get(zone.url).content.decode()
    for page in pages:
        assert f'href="{page.url}"' in html, page.title


def test_the_english_programme_offers_english_self_study_materials(client, demo_site):
    """Files chosen for a language version reach it as wagtail-localize overrides."""
    from portal.trainings.models import TrainingProgrammePage

    programme = TrainingProgrammePage.objects.live().get(locale__language_code="en")
    html = client.get(programme.url).content.decode()
    assert html.count("Self-study materials – module") == 9
    assert "Materiały do samodzielnej nauki" not in html
