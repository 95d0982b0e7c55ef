"""The furniture every page carries: the home link and menu, the footer's contact details
and links, the accessibility links, the cookie settings and the language homes.

It is the same on every page of a language, so it is built once per site and language and
kept in the cache; a save, publication, move or deletion of anything it shows gives it a new
version (see signal_handlers.py). Without that, each page paid some twenty queries for it.
"""

import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.core.cache import cache
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from portal.accessibility.models import AccessibilityStatementPage
from portal.consent.models import ConsentSettings
from portal.core.models import SiteContent, live_in_active_locale

VERSION_KEY = "portal:furniture:version"
# Where each server process keeps its own cache (local memory), another process learns of a
# change only when its copy expires: this bounds how long that can take.
KEPT_FOR_SECONDS = 600


@dataclass(frozen=True)
class PageLink:
    """What a link to a page needs, without the page."""

    pk: int
    path: str
    title: str
    url: str
    full_url: str

    @classmethod
    def to(cls, page, request):
        return cls(
            page.pk, page.path, page.title, page.get_url(request), page.get_full_url(request)
        )


@dataclass
class Furniture:
    home: PageLink | None = None
    homes: dict = field(default_factory=dict)
    menu: list = field(default_factory=list)
    footer_links: list = field(default_factory=list)
    site: SiteContent | None = None
    eu_funds_html: str = ""
    statement: PageLink | None = None
    statement_language: str = ""
    easy_read: PageLink | None = None
    sign_language: PageLink | None = None
    organisation_text: str = ""
    consent_settings: ConsentSettings | None = None
    consent_categories: list = field(default_factory=list)
    consent_policy: PageLink | None = None
    news_feeds: list = field(default_factory=list)

    @property
    def organisation_text_size(self):
        return filesizeformat(len(self.organisation_text.encode()))


def furniture_for(request):
    """The furniture of the request's site in the active language, from the cache when it
    is there (and once per request in any case)."""
    if request is None:
        return Furniture()
    found = getattr(request, "_portal_furniture", None)
    if found is not None:
        return found
    site = Site.find_for_request(request)
    if site is None:
        found = Furniture()
    else:
        version = cache.get(VERSION_KEY, "")
        key = f"portal:furniture:{version}:{site.pk}:{get_language()}"
        found = cache.get(key)
        if found is None:
            found = build_furniture(site, request)
            cache.set(key, found, KEPT_FOR_SECONDS)
    request._portal_furniture = found
    return found


def furniture_changed():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def link_to(page, request):
    return PageLink.to(page, request) if page is not None else None


def build_furniture(site, request):
    home = site.root_page.localized
    found = Furniture(home=PageLink.to(home, request))
    found.homes = {
        translation.locale.language_code: translation.get_url(request)
        for translation in home.get_translations(inclusive=True).select_related("locale")
    }
    found.menu = [PageLink.to(page, request) for page in home.get_children().live().in_menu()]

    news_index = apps.get_model("news", "NewsIndexPage").objects.child_of(home).live().first()
    found.news_feeds = news_index.news_feeds(request) if news_index else []

    found.site = SiteContent.for_active_locale()
    if found.site is not None:
        found.eu_funds_html = render_to_string(
            "includes/eu_funds_section.html", {"site": found.site}
        )
        found.easy_read = link_to(found.site.linked_page("easy_read_page"), request)
        found.sign_language = link_to(found.site.linked_page("sign_language_page"), request)
    statement = AccessibilityStatementPage.for_locale()
    if statement is None:
        # Every page must link the statement: a language it is not translated into links
        # the default language's, with that language named in hreflang.
        default = Locale.get_default()
        statement = AccessibilityStatementPage.for_locale(default)
        found.statement_language = default.language_code if statement else ""
    found.statement = link_to(statement, request)
    accessible = [
        link.pk for link in (found.statement, found.easy_read, found.sign_language) if link
    ]
    found.footer_links = [
        PageLink.to(page, request)
        for page in home.get_children()
        .live()
        .not_in_menu()
        .exclude(content_type__app_label="accessibility")
        .exclude(pk__in=accessible)
    ]
    found.organisation_text = render_to_string(
        "accessibility/organisation.txt",
        {
            "site": found.site,
            "home_url": found.home.full_url,
            "statement_url": found.statement.full_url if found.statement else "",
            "easy_read_url": found.easy_read.full_url if found.easy_read else "",
            "sign_language_url": found.sign_language.full_url if found.sign_language else "",
        },
    )

    found.consent_settings = ConsentSettings.for_active_locale()
    if found.consent_settings is not None:
        found.consent_categories = found.consent_settings.categories()
        policy = live_in_active_locale(found.consent_settings.policy_page)
        found.consent_policy = link_to(policy, request)
    return found
