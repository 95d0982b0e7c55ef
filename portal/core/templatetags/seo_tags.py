from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.core.feeds import NewsFeedMixin
from portal.core.furniture import furniture_for
from portal.core.seo import (
    OPEN_GRAPH_IMAGE,
    absolute_url,
    canonical_url,
    json_ld,
    open_graph_locale,
    page_description,
)
from portal.core.templatetags.portal_tags import live_translations

register = template.Library()


def news_feeds(page, request, furniture):
    """A zone's own feeds and the feeds of all news; the home page and the news index
    announce the latter."""
    feeds = page.news_feeds(request) if isinstance(page, NewsFeedMixin) else []
    is_home = furniture.home is not None and furniture.home.pk == page.pk
    if is_home or isinstance(page, NewsFeedMixin):
        feeds += [feed for feed in furniture.news_feeds if feed not in feeds]
    return feeds


def open_graph_image(page, request):
    image = getattr(page, "image", None)
    if image is None:
        return None
    rendition = image.get_rendition(OPEN_GRAPH_IMAGE)
    return {
        "url": absolute_url(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "image_alt_text", ""),
    }


def structured_data(page, request):
    if not hasattr(page, "structured_data"):
        return ""
    data = {
        "@context": "https://schema.org",
        **page.structured_data(request),
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
    }
    return mark_safe(json_ld(data))  # noqa: S308 - json_ld escapes what could end the element


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context, page):
    """The head's description, canonical address, Open Graph, feeds and schema.org data of
    a page; every address is absolute, from the Site record."""
    request = context.get("request")
    furniture = furniture_for(request)
    alternates = [
        open_graph_locale(version.locale.language_code)
        for version in live_translations(request, page)
        if version.pk != page.pk
    ]
    return {
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "canonical": canonical_url(page, request),
        "open_graph_type": getattr(page, "open_graph_type", "website"),
        "locale": open_graph_locale(get_language()),
        "alternate_locales": alternates,
        "image": open_graph_image(page, request),
        "feeds": news_feeds(page, request, furniture),
        "structured_data": structured_data(page, request),
    }
