"""What search engines, feed readers and link previews read about a page: its description,
its one address (canonical), Open Graph and schema.org data.

Every absolute address comes from the Site record (Wagtail's `get_full_url` and
`absolute_url` below), never from the request's Host header, which the visitor chooses.
"""

import json

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.models import Site

DESCRIPTION_LENGTH = 160
# The fields page types describe themselves with, in order of preference after the editors'
# own "search description": news and meetings have a lead, reports a summary, other pages an
# introduction.
DESCRIPTION_FIELDS = ("search_description", "lead", "summary", "intro")
# Query parameters that page through a list; any other parameter on a list filters it.
PAGE_PARAMETER = "strona"
OPEN_GRAPH_IMAGE = "fill-1200x630"
# Open Graph names a language with its territory; the portal's languages are written for
# Poland and, in English, in British spelling.
OPEN_GRAPH_TERRITORIES = {"pl": "PL", "en": "GB", "de": "DE", "uk": "UA", "cs": "CZ"}


def shorten(text, limit=DESCRIPTION_LENGTH):
    """The text on one line, cut at the last whole word that fits in `limit` characters
    (an ellipsis included)."""
    text = " ".join(strip_tags(text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


def page_description(page):
    """The editors' search description, else the page's lead, summary or introduction."""
    for name in DESCRIPTION_FIELDS:
        text = shorten(getattr(page, name, ""))
        if text:
            return text
    return ""


def site_root_url(request):
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def absolute_url(request, url):
    """`url` on the request's site, as the Site record names it; addresses that already
    name a host (media on object storage) are kept."""
    if not url or not url.startswith("/") or url.startswith("//"):
        return url
    return site_root_url(request) + url


def publisher(request):
    """The organisation behind the portal, as the footer's site texts name it."""
    from portal.core.furniture import furniture_for  # furniture imports the page models

    furniture = furniture_for(request)
    site_texts = furniture.site
    data = {
        "@type": "Organization",
        "name": (site_texts.organisation if site_texts else "") or str(settings.WAGTAIL_SITE_NAME),
    }
    if furniture.home:
        data["url"] = furniture.home.full_url
    return data


def canonical_url(page, request):
    """The page's own address. A list keeps its page number, since every page of it lists
    other items; a filtered list points at the whole list, which holds what it shows."""
    url = page.get_full_url(request)
    if request is None:
        return url
    parameters = set(request.GET)
    if parameters == {PAGE_PARAMETER}:
        number = request.GET[PAGE_PARAMETER]
        if number.isdigit() and int(number) > 1:
            return f"{url}?{PAGE_PARAMETER}={int(number)}"
    return url


def open_graph_locale(language_code):
    language = language_code.split("-")[0].lower()
    return f"{language}_{OPEN_GRAPH_TERRITORIES.get(language, language.upper())}"


# What json.dumps leaves that could end the <script> element or open a comment inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """schema.org data as the text of a <script type="application/ld+json"> element: editors'
    text cannot close the element (no "</script>" survives)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)
