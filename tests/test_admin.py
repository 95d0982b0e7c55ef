"""Editors work in a Polish admin and manage every content type there."""

import pytest
from wagtail.models import Locale

from portal.core.models import SiteContent, Tag
from tests.tree import portal_fixture

pytestmark = pytest.mark.django_db

# The portal in Polish and English, with a tagged report.
portal = portal_fixture(english=True, content=True)


def test_admin_speaks_polish_by_default_even_to_an_english_browser(client, admin_user):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="pl"' in html
    assert "Zaloguj" in html
    client.force_login(admin_user)
    dashboard = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Pulpit" in dashboard or "Strony" in dashboard


def test_public_pages_follow_the_url_not_the_browser(client, portal):
    html = client.get("/en/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert '<html lang="en"' in html


def test_editor_can_switch_the_admin_to_english(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    assert "Dashboard" in admin_client.get("/admin/").content.decode()


def test_shared_texts_and_tags_are_managed_as_translatable_snippets(admin_client, portal):
    source = SiteContent.objects.get(locale__language_code="pl")
    english = source.get_translation(Locale.objects.get(language_code="en"))
    assert english.organisation and english.eu_funds_statement != source.eu_funds_statement
    listing = admin_client.get("/admin/snippets/core/sitecontent/")
    assert listing.status_code == 200
    edit = admin_client.get(f"/admin/snippets/core/sitecontent/edit/{english.pk}/")
    assert edit.status_code == 200
    assert admin_client.get("/admin/snippets/core/tag/").status_code == 200
    assert (
        Tag.objects.filter(locale__language_code="en").count()
        == Tag.objects.filter(locale__language_code="pl").count()
    )


def test_report_editor_form_has_documents_tags_and_related(admin_client, portal):
    from portal.reports.models import ReportPage

    report = ReportPage.objects.filter(locale__language_code="pl").first()
    html = admin_client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    for field in (
        "publication_date",
        "authors",
        "report_type",
        "summary",
        "documents-",
        "tag_links-",
        "related_links-",
    ):
        assert field in html, field
