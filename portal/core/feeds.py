"""RSS and Atom feeds of news: the news index's (all news of its language) and each zone's.

They are routes of those pages (RoutablePageMixin) rather than entries in urls.py: the
address follows the page's own slug in each language (/pl/aktualnosci/rss/,
/en/news/rss/, /pl/strefa-wtz/rss/), moves with the page, exists for every zone editors
add, and the page itself says which news it covers. NewsPage lives in an app that imports
the zones, so it is reached through the app registry, as in listings.py.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import feedgenerator, timezone
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.core.seo import shorten

ITEMS_IN_FEED = 20
FEED_FORMATS = (
    ("news_rss", "application/rss+xml", "RSS"),
    ("news_atom", "application/atom+xml", "Atom"),
)


@dataclass(frozen=True)
class FeedLink:
    """What a page's head says about a feed."""

    title: str
    mime_type: str
    url: str


class NewsFeedMixin(RoutablePageMixin):
    """A page with news feeds at `rss/` and `atom/`. A page supplies `news_scope()` (the page
    whose news the feed lists) and `news_feed_title()`."""

    def news_scope(self):
        raise NotImplementedError

    def news_feed_title(self):
        raise NotImplementedError

    def news_feed_items(self):
        """The newest live, public news of the scope, in one query whatever their number."""
        news_page = apps.get_model("news", "NewsPage")
        return list(
            news_page.listed_in(self.news_scope()).public().defer_streamfields()[:ITEMS_IN_FEED]
        )

    def news_feeds(self, request):
        """The page's feeds, each in both formats, at absolute addresses."""
        url = self.get_full_url(request)
        return [
            FeedLink(
                f"{self.news_feed_title()} ({label})", mime_type, url + self.reverse_subpage(name)
            )
            for name, mime_type, label in FEED_FORMATS
        ]

    @path("rss/", name="news_rss")
    def news_rss(self, request):
        return NewsRssFeed()(request, page=self)

    @path("atom/", name="news_atom")
    def news_atom(self, request):
        return NewsAtomFeed()(request, page=self)


class NewsRssFeed(Feed):
    feed_type = feedgenerator.Rss201rev2Feed
    route_name = "news_rss"

    def get_object(self, request, page):
        self.request = request
        self.language = page.locale.language_code
        return page

    def title(self, page):
        return f"{page.news_feed_title()} – {settings.WAGTAIL_SITE_NAME}"

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return page.get_full_url(self.request) + page.reverse_subpage(self.route_name)

    def description(self, page):
        return shorten(getattr(page, "intro", "")) or _(
            "Najnowsze aktualności portalu ekonomii społecznej."
        )

    def items(self, page):
        return page.news_feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at


class NewsAtomFeed(NewsRssFeed):
    feed_type = feedgenerator.Atom1Feed
    route_name = "news_atom"

    def subtitle(self, page):
        return self.description(page)
