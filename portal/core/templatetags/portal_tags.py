from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, gettext, override

from portal.core.blocks import split_sentences
from portal.core.furniture import furniture_for
from portal.core.models import SiteContent

register = template.Library()


@register.simple_tag(takes_context=True)
def site_furniture(context):
    return furniture_for(context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    furniture = furniture_for(context.get("request"))
    current_path = current_page.path if current_page else ""
    items = [
        {"link": link, "is_current": bool(current_path) and current_path.startswith(link.path)}
        for link in furniture.menu
    ]
    return {"home": furniture.home, "items": items, "current_page": current_page}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    ancestors = page.get_ancestors().filter(depth__gt=1) if page else []
    return {"ancestors": ancestors, "page": page}


def live_translations(request, page):
    """The page's live language versions, itself included, fetched once per request (the
    head's alternate links and the language switcher both list them)."""
    found = getattr(request, "_live_translations", None)
    if found is None or found[0] != page.pk:
        versions = page.get_translations(inclusive=True).live().select_related("locale")
        found = (page.pk, list(versions))
        if request is not None:
            request._live_translations = found
    return found[1]


@register.simple_tag(takes_context=True)
def alternate_languages(context, page):
    """The head's hreflang links: every live language version, the page itself included,
    and x-default, the default language's version (this page where there is none)."""
    links = [
        (version.locale.language_code, version.full_url)
        for version in live_translations(context.get("request"), page)
    ]
    default = next((url for code, url in links if code == settings.LANGUAGE_CODE), page.full_url)
    return [*links, ("x-default", default)]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in each language it exists in; for the others, a link to that
    language's home, said so in that language (never a page that is not there)."""
    request = context.get("request")
    current = get_language()
    translations = {}
    if getattr(page, "pk", None):
        for translation in live_translations(request, page):
            translations[translation.locale.language_code] = translation.get_url(request)
    homes = furniture_for(request).homes
    languages = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code)
        to_home = url is None and bool(getattr(page, "pk", None))
        if url is None:
            url = homes.get(code)
        if url is None:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        with override(code):
            home_label = gettext("strona główna")
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "has_translation": code in translations,
                "to_home": to_home,
                "home_label": home_label,
            }
        )
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def site_content(context):
    request = context.get("request")
    return furniture_for(request).site if request is not None else SiteContent.for_active_locale()


@register.filter
def page_window(items):
    """The page numbers a list links to: the first and the last, two either side of the
    current page, None for a gap (every number made 1 001 links, 120 KB, at 10 000 reports)."""
    window = items.paginator.get_elided_page_range(items.number, on_each_side=2, on_ends=1)
    return [number if isinstance(number, int) else None for number in window]


@register.filter
def sentences(text):
    """Easy-to-read text puts each sentence on its own line (Inclusion Europe's guidance)."""
    return split_sentences(text)
