"""Translating never publishes untranslated text: "Przetłumacz tę stronę" makes the
translation a draft, and it goes live only when an editor publishes it."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from portal.news.models import NewsPage
from tests import factories
from tests.tree import build_tree, translate
from zones.permissions import ensure_moderators_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_news_index():
    tree = build_tree(zone_names=())
    translate(tree.home, slug="home-en")
    english_index = translate(tree.news_index, slug="news", title="News")
    english_index.refresh_from_db()
    return tree, english_index


def test_starting_a_translation_makes_a_draft_that_is_neither_live_nor_listed(
    admin_client, english_news_index, django_capture_on_commit_callbacks
):
    tree, english_index = english_news_index
    news = factories.NewsPageFactory(
        parent=tree.news_index, title="Nowy raport o WTZ", slug="nowy-raport-o-wtz"
    )
    english = Locale.objects.get(language_code="en")

    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
            {"locales": [english.pk]},
        )

    assert response.status_code == 302
    translation = NewsPage.objects.get(locale=english, translation_key=news.translation_key)
    assert not translation.live
    assert admin_client.get(english_index.url).status_code == 200
    assert "Nowy raport o WTZ" not in admin_client.get(english_index.url).content.decode()
    admin_client.logout()
    assert "Nowy raport o WTZ" not in admin_client.get(english_index.url).content.decode()

    translation.title = "New report on sheltered workshops"
    translation.save_revision().publish()

    listing = admin_client.get(english_index.url).content.decode()
    assert "New report on sheltered workshops" in listing
    assert admin_client.get(translation.url).status_code == 200


@pytest.fixture
def polish_only_news(english_news_index):
    tree, english_index = english_news_index
    news = factories.NewsPageFactory(
        parent=tree.news_index, title="Tylko po polsku", slug="tylko-po-polsku"
    )
    return news, english_index


def test_the_english_address_of_an_untranslated_page_says_so_in_english_and_links_the_polish(
    client, polish_only_news
):
    news, _english_index = polish_only_news

    response = client.get("/en/aktualnosci/tylko-po-polsku/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "This page is not available in this language" in html
    assert f'<a href="{news.url}" lang="pl" hreflang="pl">Polski: Tylko po polsku</a>' in html


def test_the_other_languages_path_of_a_translated_page_leads_to_its_translation(
    client, english_news_index
):
    _tree, english_index = english_news_index

    response = client.get("/en/aktualnosci/")

    assert response.status_code == 302
    assert response["Location"] == english_index.url


def test_an_address_that_exists_nowhere_is_still_not_found(client, english_news_index):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_switcher_on_an_untranslated_page_offers_the_other_languages_home(
    client, polish_only_news
):
    news, _english_index = polish_only_news

    html = client.get(news.url).content.decode()

    assert '<a href="/en/" lang="en" hreflang="en">English: home page</a>' in html


@pytest.fixture
def zones_in_english(english_news_index):
    tree, _english_index = english_news_index
    for name in ("WTZ", "Biznesu"):
        tree.zones[name] = factories.ZonePageFactory(parent=tree.home, title=f"Strefa {name}")
        translate(tree.zones[name], slug=f"zone-{name.lower()}")
    return tree


def test_a_zone_editor_translates_and_publishes_the_zones_pages_and_no_others(
    client, zones_in_english, django_capture_on_commit_callbacks
):
    tree = zones_in_english
    english = Locale.objects.get(language_code="en")
    own = factories.StandardPageFactory(parent=tree.zones["WTZ"], title="Nasza strona")
    others = [
        factories.StandardPageFactory(parent=tree.zones["Biznesu"], title="Cudza strona"),
        factories.NewsPageFactory(parent=tree.news_index, title="Strona centralna"),
    ]
    editor = factories.zone_editor(tree.zones["WTZ"], "redaktorka-wtz")
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[own.pk]),
            {"locales": [english.pk]},
        )

    assert response.status_code == 302
    translation = own.get_translation(english)
    assert not translation.live
    assert translation.permissions_for_user(editor).can_publish()
    for page in others:
        refused = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [english.pk]},
        )
        # The admin's answer to a refused action: back to the dashboard, with a message.
        assert refused.status_code == 302 and refused.url == "/admin/"
        assert not page.has_translation(english)


def test_moderators_see_per_language_which_pages_lack_a_translation_or_have_an_old_one(
    client, english_news_index
):
    tree, _english_index = english_news_index
    untranslated = factories.NewsPageFactory(parent=tree.news_index, title="Bez wersji EN")
    changed = factories.NewsPageFactory(parent=tree.news_index, title="Zmieniona po tłumaczeniu")
    translate(changed, slug="changed-after", title="Translated once")
    changed.title = "Zmieniona po tłumaczeniu (nowa wersja)"
    changed.save_revision().publish()
    moderator = factories.UserFactory(username="moderatorka")
    moderator.groups.add(ensure_moderators_group())
    editor = factories.zone_editor(
        factories.ZonePageFactory(parent=tree.home, title="Strefa WTZ"), "redaktor-wtz"
    )

    client.force_login(moderator)
    html = client.get("/admin/").content.decode()

    panel = html[html.index('id="translation-status-heading"') :]
    assert "Strony bez tłumaczenia" in panel
    assert f'/admin/pages/{untranslated.pk}/edit/">Bez wersji EN<' in panel
    assert "Strony zmienione po opublikowaniu tłumaczenia (razem: 1)" in panel
    assert f'/admin/pages/{changed.pk}/edit/">Zmieniona po tłumaczeniu (nowa wersja)<' in panel
    client.force_login(editor)
    assert 'id="translation-status-heading"' not in client.get("/admin/").content.decode()
