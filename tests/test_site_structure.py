"""`manage.py init_portal`: an empty portal in every configured language, made again without
touching what editors changed (tests/browser/test_empty_site_browser.py walks it under
production settings with axe)."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

from home.models import ContactPage, HomePage, StandardPage
from portal.accessibility.models import AccessibilityStatementPage
from portal.consent.models import ConsentSettings
from portal.core.models import SiteContent
from portal.core.site_structure import PAGES, still_to_fill
from zones.models import ZonePage

pytestmark = pytest.mark.django_db

ENGLISH_ADDRESSES = [
    "/en/",
    "/en/news/",
    "/en/research-and-analyses/",
    "/en/meetings/",
    "/en/local-government-zone/",
    "/en/sheltered-workshops-zone/research/",
    "/en/privacy-policy/",
    "/en/accessibility-statement/",
    "/en/contact/",
]
POLISH_ADDRESSES = [
    "/pl/",
    "/pl/aktualnosci/",
    "/pl/badania-i-analizy/",
    "/pl/spotkania/",
    "/pl/strefa-wspolpracy-miedzynarodowej/",
    "/pl/strefa-wtz/badania/",
    "/pl/polityka-prywatnosci/",
    "/pl/deklaracja-dostepnosci/",
    "/pl/kontakt/",
]


def init_portal(*arguments):
    output = io.StringIO()
    call_command("init_portal", *arguments, stdout=output)
    return output.getvalue()


def test_every_standard_page_exists_live_in_every_language_with_that_languages_text(client):
    init_portal(
        "--organisation", "Powiatowe Centrum Pomocy Rodzinie", "--email", "pcpr@example.org"
    )

    for language in ("pl", "en"):
        locale = Locale.objects.get(language_code=language)
        assert HomePage.objects.live().filter(locale=locale).count() == 1
        # Every page of the structure, the home page's children and the zones' report indexes.
        assert Page.objects.live().filter(locale=locale, depth__gt=2).count() == len(PAGES)
    for address in POLISH_ADDRESSES + ENGLISH_ADDRESSES:
        response = client.get(address)
        assert response.status_code == 200, address
    english = client.get("/en/privacy-policy/").content.decode()
    assert "Who is responsible for your data" in english
    assert "Powiatowe Centrum Pomocy Rodzinie" in english
    assert "Kto odpowiada" not in english
    assert "Privacy policy" in client.get("/en/").content.decode()


def test_translations_are_made_through_wagtail_localize_so_editors_can_sync_them():
    init_portal()

    news = Page.objects.get(locale__language_code="pl", slug="aktualnosci")
    source = TranslationSource.objects.get_for_instance(news)
    assert source.translations.filter(target_locale__language_code="en").exists()
    english_form = ContactPage.objects.get(locale__language_code="en")
    assert [field.label for field in english_form.form_fields.all()] == [
        "Full name",
        "Email address",
        "Message",
        "I confirm that I have read the privacy policy",
    ]


def test_site_texts_and_cookie_settings_exist_in_every_language():
    init_portal("--email", "biuro@example.org")

    assert SiteContent.objects.filter(email="biuro@example.org").count() == 2
    for language, title in (
        ("pl", "Pliki cookies na tym portalu"),
        ("en", "Cookies on this portal"),
    ):
        settings = ConsentSettings.objects.get(locale__language_code=language)
        assert settings.banner_title == title
        assert settings.policy_page.slug in ("polityka-prywatnosci", "privacy-policy")
        assert {cookie.name for cookie in settings.cookies.all()} >= {
            "portal_consent",
            "reading_prefs",
            "csrftoken",
        }


def test_running_it_again_creates_nothing_and_keeps_what_editors_changed():
    init_portal()
    privacy = StandardPage.objects.get(locale__language_code="pl", slug="polityka-prywatnosci")
    privacy.title = "Ochrona danych osobowych"
    privacy.save_revision().publish()
    pages = Page.objects.count()

    output = init_portal()

    assert Page.objects.count() == pages
    assert "Utworzone strony: 0" in output
    privacy.refresh_from_db()
    assert privacy.title == "Ochrona danych osobowych"


def test_zones_can_be_left_out():
    init_portal("--without-zones")

    assert not ZonePage.objects.exists()
    assert HomePage.objects.count() == 2


@override_settings(SITE_URL="https://portal.example.gov.pl")
def test_the_site_record_takes_its_address_from_site_url():
    init_portal()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("portal.example.gov.pl", 443)
    assert site.root_page.specific_class is HomePage


def test_a_hostname_set_in_the_admin_is_not_replaced_by_the_default():
    init_portal()
    Site.objects.filter(is_default_site=True).update(hostname="ops.example.org", port=8443)

    init_portal()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("ops.example.org", 8443)


def test_the_list_of_what_to_fill_in_shrinks_as_editors_fill_it_in():
    output = init_portal()
    assert "Deklaracja dostępności" in output
    before = still_to_fill()

    statement = AccessibilityStatementPage.objects.get(locale__language_code="pl")
    statement.organisation = "Gmina Przykładowo"
    statement.contact_person = "Jan Kowalski"
    statement.contact_email = "dostepnosc@example.org"
    statement.contact_phone = "+48 61 000 00 00"
    statement.architectural_accessibility = "<p>Wejście bez schodów.</p>"
    statement.save_revision().publish()

    after = still_to_fill()
    assert len(after) == len(before) - 1
    assert not any(item.startswith("Deklaracja dostępności") for item in after)


def test_the_privacy_policy_gives_each_retention_period_in_correct_grammar(client):
    init_portal()

    english = client.get("/en/privacy-policy/").content.decode()
    polish = client.get("/pl/polityka-prywatnosci/").content.decode()

    # EVENT_ACCESSIBILITY_RETENTION_DAYS is 1 by default, the others are longer.
    assert "accessibility needs: 1 day after the meeting" in english
    assert "Kept for: 180 days after the meeting" in english
    assert "potrzeb związanych z dostępnością: 1 dzień od spotkania" in polish
    assert "Okres przechowywania: 365 dni." in polish
