"""A partner language beside Polish and English (PORTAL_LANGUAGES=pl,en,uk), in the test
database of the suite (PostgreSQL in CI): translations start as drafts, untranslated pages and
empty lists send the visitor to the languages that have them, zone editors and moderators
work in it, and a sign-up on a Ukrainian page is answered in Ukrainian."""

import re

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from portal.events import booking
from portal.news.models import NewsPage
from tests import factories
from tests.conftest import signup_details
from tests.tree import build_tree, translate
from zones.permissions import ensure_moderators_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(uk_locale):
    """Polish pages with English and Ukrainian homes and news lists, as the demo has them."""
    tree = build_tree(zone_names=("WTZ",))
    for language, home_slug, news_slug, news_title in (
        ("en", "home-en", "news", "News"),
        ("uk", "holovna", "novyny", "Новини"),
    ):
        translate(tree.home, language, slug=home_slug)
        translate(tree.news_index, language, slug=news_slug, title=news_title)
    return tree


def submit_translation(client, page, locales, capture):
    # wagtail-localize creates the translation once the transaction commits.
    with capture(execute=True):
        return client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale.pk for locale in locales]},
        )


def publish(client, edit_address, capture):
    """The "Opublikuj" button of wagtail-localize's editor (it publishes on commit)."""
    with capture(execute=True):
        return client.post(edit_address, {"action": "publish"}, follow=True)


def test_translating_into_english_and_ukrainian_makes_drafts_listed_only_once_published(
    admin_client, tree, en_locale, uk_locale, django_capture_on_commit_callbacks
):
    news = factories.NewsPageFactory(parent=tree.news_index, title="Nowe badanie WTZ")

    response = submit_translation(
        admin_client, news, [en_locale, uk_locale], django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    ukrainian_list = news.get_parent().get_translation(uk_locale).url
    for locale in (en_locale, uk_locale):
        translation = NewsPage.objects.get(locale=locale, translation_key=news.translation_key)
        assert not translation.live
    assert "Nowe badanie WTZ" not in admin_client.get(ukrainian_list).content.decode()

    translation = news.get_translation(uk_locale)
    translation.title = "Нове дослідження майстерень"
    translation.save_revision().publish()

    html = admin_client.get(ukrainian_list).content.decode()
    assert "Нове дослідження майстерень" in html
    page_html = admin_client.get(translation.url).content.decode()
    assert '<html lang="uk"' in page_html
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', page_html)
    )
    assert set(alternates) == {"pl", "uk", "x-default"}
    assert translation.full_url in admin_client.get("/sitemap.xml").content.decode()


def test_the_ukrainian_address_of_a_polish_only_page_says_so_in_ukrainian(client, tree):
    news = factories.NewsPageFactory(parent=tree.news_index, title="Tylko po polsku", slug="tylko")

    response = client.get("/uk/aktualnosci/tylko/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="uk"' in html
    assert "<h1>Ця сторінка недоступна цією мовою</h1>" in html
    assert f'<a href="{news.url}" lang="pl" hreflang="pl">Polski: Tylko po polsku</a>' in html
    polish = client.get(news.url).content.decode()
    assert '<a href="/uk/" lang="uk" hreflang="uk">Українська: головна сторінка</a>' in polish


def test_an_empty_ukrainian_list_leads_to_the_languages_that_have_news(client, tree):
    factories.NewsPageFactory(parent=tree.news_index, title="Po polsku")

    home = client.get("/uk/").content.decode()
    news_list = client.get("/uk/novyny/")

    polish_link = f'<a href="{tree.news_index.url}" lang="pl" hreflang="pl">Polski: Aktualności</a>'
    section = home[home.index('id="news-heading"') : home.index('id="reports-heading"')]
    assert "Іншими мовами:" in section and polish_link in section
    # English has no news either: nothing to send the visitor to there.
    assert 'lang="en"' not in section
    assert polish_link in news_list.content.decode()
    assert "Іншими мовами:" not in client.get("/pl/").content.decode()


def test_a_zone_editor_translates_the_zones_page_into_ukrainian_and_publishes_it(
    client, tree, uk_locale, django_capture_on_commit_callbacks
):
    zone = tree.zones["WTZ"]
    translate(zone, "uk", slug="zona-mtt", title="Зона майстерень")
    own = factories.StandardPageFactory(parent=zone, title="Nasza strona", slug="nasza")
    other = factories.NewsPageFactory(parent=tree.news_index, title="Strona centralna")
    editor = factories.zone_editor(zone, "redaktorka-wtz")
    client.force_login(editor)

    response = submit_translation(client, own, [uk_locale], django_capture_on_commit_callbacks)

    assert response.status_code == 302
    translation = own.get_translation(uk_locale)
    assert not translation.live
    client.logout()
    assert client.get("/uk/zona-mtt/nasza/").status_code == 404
    client.force_login(editor)
    edit = reverse("wagtailadmin_pages:edit", args=[translation.pk])
    assert client.get(edit).status_code == 200
    assert translation.permissions_for_user(editor).can_publish()
    translation.save_revision(user=editor).publish(user=editor)
    client.logout()
    assert client.get("/uk/zona-mtt/nasza/").status_code == 200
    client.force_login(editor)
    refused = submit_translation(client, other, [uk_locale], django_capture_on_commit_callbacks)
    assert refused.status_code == 302 and refused.url == "/admin/"
    assert not other.has_translation(uk_locale)


def test_moderators_see_the_pages_ukrainian_lacks(client, tree):
    untranslated = factories.NewsPageFactory(parent=tree.news_index, title="Bez wersji UK")
    translate(untranslated, "en", slug="no-uk", title="Without Ukrainian")
    moderator = factories.UserFactory(username="moderatorka")
    moderator.groups.add(ensure_moderators_group())
    client.force_login(moderator)

    html = client.get("/admin/").content.decode()

    panel = html[html.index('id="translation-status-heading"') :]
    ukrainian = panel[panel.index("Українська") :]
    assert f'/admin/pages/{untranslated.pk}/edit/">Bez wersji UK<' in ukrainian


def test_a_sign_up_on_the_ukrainian_page_is_answered_in_ukrainian_with_the_calendar_file(
    tree, uk_locale, mailoutbox, django_capture_on_commit_callbacks
):
    event_index = factories.EventIndexPageFactory(parent=tree.home)
    translate(event_index, "uk", slug="zustrichi", title="Зустрічі")
    meeting = factories.EventPageFactory(parent=event_index, title="Spotkanie w Łodzi")
    ukrainian = translate(meeting, "uk", title="Зустріч у Лодзі").specific

    with django_capture_on_commit_callbacks(execute=True):
        registration = booking.register(ukrainian, language="uk", **signup_details(0))

    registration.refresh_from_db()
    assert registration.language == "uk"
    assert registration.event_id == meeting.pk
    [mail] = mailoutbox
    assert mail.subject == "Підтвердження реєстрації: Зустріч у Лодзі"
    assert "(час у Польщі)" in mail.body
    assert f"{ukrainian.url}zgloszenie/{registration.token}/" in mail.body
    [(filename, ics, mimetype)] = mail.attachments
    assert mimetype == "text/calendar" and "SUMMARY:Зустріч у Лодзі" in ics


def test_a_translation_with_untranslated_fragments_is_not_published(
    admin_client, tree, uk_locale, django_capture_on_commit_callbacks
):
    """wagtail-localize would publish it with the missing fragments in Polish."""
    news = factories.NewsPageFactory(
        parent=tree.news_index, title="Nowe badanie WTZ", lead="Zajawka po polsku."
    )
    submit_translation(admin_client, news, [uk_locale], django_capture_on_commit_callbacks)
    translation = news.get_translation(uk_locale)
    edit = reverse("wagtailadmin_pages:edit", args=[translation.pk])

    response = publish(admin_client, edit, django_capture_on_commit_callbacks)

    translation.refresh_from_db()
    assert not translation.live
    assert "Zajawka po polsku." not in admin_client.get("/uk/novyny/").content.decode()
    assert "Nie opublikowano tłumaczenia, bo nie jest gotowe." in response.content.decode()


def test_updating_translations_after_the_source_changed_never_publishes_them(
    admin_client, tree, uk_locale, django_capture_on_commit_callbacks
):
    news = factories.NewsPageFactory(parent=tree.news_index, title="Badanie WTZ", slug="badanie")
    submit_translation(admin_client, news, [uk_locale], django_capture_on_commit_callbacks)
    translation = news.get_translation(uk_locale)
    translation.title = "Дослідження майстерень"
    translation.save_revision().publish()
    news.title = "Badanie WTZ – nowy tytuł po polsku"
    news.save_revision().publish()
    source = TranslationSource.objects.get(object_id=news.translation_key)

    form = admin_client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    response = admin_client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )

    assert "Publish immediately" not in form.content.decode()
    assert "Opublikuj natychmiast" not in form.content.decode()
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.title == "Дослідження майстерень"
    assert "nowy tytuł po polsku" not in admin_client.get(translation.url).content.decode()


def translate_every_fragment(page, locale):
    """What a translator does in wagtail-localize's editor: every fragment gets its text."""
    source = TranslationSource.objects.get(object_id=page.translation_key)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=f"Переклад: {segment.string.data}",
        )


def test_translating_a_page_whose_list_is_untranslated_never_shows_the_polish_list(
    admin_client, tree, uk_locale, django_capture_on_commit_callbacks
):
    """Wagtail would make the missing parent a live alias: the Polish list under /uk/."""
    zone = tree.zones["WTZ"]
    translate(zone, "uk", slug="zona-mtt", title="Зона майстерень")
    reports = factories.ReportIndexPageFactory(parent=zone, title="Raporty strefy", slug="raporty")
    report = factories.ReportPageFactory(parent=reports, title="Raport o WTZ", slug="raport")

    submit_translation(admin_client, report, [uk_locale], django_capture_on_commit_callbacks)

    ukrainian_list = reports.get_translation(uk_locale)
    assert ukrainian_list.alias_of_id is None and not ukrainian_list.live
    assert admin_client.get("/uk/zona-mtt/raporty/").status_code == 404
    polish = admin_client.get(reports.url).content.decode()
    assert 'hreflang="uk" href' not in polish

    translate_every_fragment(report, uk_locale)
    translation = report.get_translation(uk_locale)
    edit = reverse("wagtailadmin_pages:edit", args=[translation.pk])
    refused = publish(admin_client, edit, django_capture_on_commit_callbacks)
    translation.refresh_from_db()
    assert not translation.live
    assert "Najpierw opublikuj tłumaczenie strony nadrzędnej" in refused.content.decode()

    translate_every_fragment(reports, uk_locale)
    list_edit = reverse("wagtailadmin_pages:edit", args=[ukrainian_list.pk])
    for address in (list_edit, edit):
        publish(admin_client, address, django_capture_on_commit_callbacks)
    translation.refresh_from_db()
    ukrainian_list.refresh_from_db()
    assert ukrainian_list.live and translation.live
    assert "Переклад: Raport o WTZ" in admin_client.get("/uk/zona-mtt/raporty/").content.decode()
