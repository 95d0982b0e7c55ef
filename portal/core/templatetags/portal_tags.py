from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.core.blocks import split_sentences
from portal.core.models import SiteContent

register = template.Library()


def home_for_request(request):
    """The home page in the visitor's language (the site root's translation)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def localized_home(context):
    return home_for_request(context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    home = home_for_request(context.get("request"))
    items = list(home.get_children().live().in_menu()) if home else []
    current_path = current_page.path if current_page else ""
    for item in items:
        item.is_current = bool(current_path) and current_path.startswith(item.path)
    return {"home": home, "items": items, "current_page": current_page}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context, exclude=()):
    """Pages under the home page that are not in the main menu, except `exclude` (the pages
    the footer already links to under their prescribed names) and the accessibility app's."""
    home = home_for_request(context.get("request"))
    if home is None:
        return {"items": Page.objects.none()}
    items = (
        home.get_children()
        .live()
        .not_in_menu()
        .exclude(content_type__app_label="accessibility")
        .exclude(pk__in=[page.pk for page in exclude])
    )
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    ancestors = page.get_ancestors().filter(depth__gt=1) if page else []
    return {"ancestors": ancestors, "page": page}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in each language; to that language's home where there is no
    translation yet."""
    request = context.get("request")
    current = get_language()
    translations = {}
    if getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    homes = {}
    home = home_for_request(request)
    if home is not None:
        for translation in home.get_translations(inclusive=True).select_related("locale"):
            homes[translation.locale.language_code] = translation
    languages = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "has_translation": code in translations,
            }
        )
    return {"languages": languages}


@register.simple_tag
def site_content():
    return SiteContent.for_active_locale()


@register.filter
def sentences(text):
    """Easy-to-read text puts each sentence on its own line (Inclusion Europe's guidance)."""
    return split_sentences(text)
