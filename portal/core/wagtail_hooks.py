import wagtail.admin.rich_text.editors.draftail.features as draftail_features
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.models import Translation

from portal.core.admin_views import UpdateTranslationsAsDrafts
from portal.core.models import SiteContent, Tag
from portal.core.rich_text import MARKED_LANGUAGES
from portal.core.translation_status import translation_status
from zones.permissions import MODERATORS_GROUP_NAME


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class SiteContentViewSet(SnippetViewSet):
    model = SiteContent
    icon = "site"
    list_display = ["organisation", "locale"]


register_snippet(TagViewSet)
register_snippet(SiteContentViewSet)


@hooks.register("register_rich_text_features")
def register_language_marks(features):
    """ "EN", "DE"…: marks a passage in another language, stored as <span lang="…">, so screen
    readers switch pronunciation."""
    for code, description in MARKED_LANGUAGES:
        feature, style = f"lang-{code}", f"LANG_{code.upper()}"
        features.register_editor_plugin(
            "draftail",
            feature,
            draftail_features.InlineStyleFeature(
                {
                    "type": style,
                    "label": code.upper(),
                    "description": description,
                    # Dotted underline in the editor, so a marked passage can be seen.
                    "style": {"textDecoration": "underline dotted", "backgroundColor": "#eef3fb"},
                }
            ),
        )
        features.register_converter_rule(
            "contentstate",
            feature,
            {
                "from_database_format": {f'span[lang="{code}"]': InlineStyleElementHandler(style)},
                "to_database_format": {
                    "style_map": {style: {"element": "span", "props": {"lang": code}}}
                },
            },
        )


class TranslationStatusPanel(Component):
    """On the moderators' dashboard: per language, the live pages without a live
    translation and those whose translation was published before the page last changed."""

    name = "translation_status"
    template_name = "core/admin/translation_status_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        return {"languages": translation_status()}


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    user = request.user
    if user.is_superuser or user.groups.filter(name=MODERATORS_GROUP_NAME).exists():
        panels.append(TranslationStatusPanel())


@hooks.register("before_edit_page", order=-1)
def refuse_to_publish_an_unfinished_translation(request, page):
    """wagtail-localize publishes a translation whatever it lacks, its untranslated fragments
    in the source language: a Ukrainian page would show Polish text under `lang="uk"`. A
    translation under a parent not yet live in its language waits for it too. Runs before
    wagtail-localize's editor takes the request (`order`)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    parent = page.get_parent()
    if not parent.live:
        messages.error(
            request,
            gettext(
                "Najpierw opublikuj tłumaczenie strony nadrzędnej „%(title)s”: strona nie może "
                "być dostępna pod stroną, której w tym języku jeszcze nie ma."
            )
            % {"title": parent.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    total, translated = translation.get_progress()
    if translated < total:
        messages.error(
            request,
            gettext(
                "Nie opublikowano tłumaczenia, bo nie jest gotowe. Fragmenty bez tłumaczenia: "
                "%(missing)d z %(total)d."
            )
            % {"missing": total - translated, "total": total},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("register_admin_urls")
def translation_updates_as_drafts():
    """Registered before wagtail-localize's own view at this address (portal.core comes
    first in INSTALLED_APPS)."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsAsDrafts.as_view(),
        )
    ]
