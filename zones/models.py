"""Audience zones: Samorządy, WTZ, Biznes, Współpraca Międzynarodowa."""

from django.apps import apps
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.feeds import NewsFeedMixin
from portal.core.listings import latest_in_scope, lists_in_other_languages
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin


class ZoneMemberMixin:
    """Pages that live inside a zone know it from their ancestors."""

    @cached_property
    def zone(self):
        return ZonePage.objects.ancestor_of(self).first()


class ZonePageQuerySet(PageQuerySet):
    def label_pages(self, pages, locale, leave_out=None):
        """Sets `listed_zone` on each page of a list (None for central pages and for pages of
        the zone `leave_out`) with one query for the whole list, and returns the pages as a
        list."""
        pages = list(pages)
        zones = self.filter(locale=locale).only("path", "title", "url_path")
        if leave_out is not None:
            zones = zones.exclude(pk=leave_out.pk)
        for page in pages:
            page.listed_zone = next(
                (
                    zone
                    for zone in zones
                    if page.path.startswith(zone.path) and page.path != zone.path
                ),
                None,
            )
        return pages


class ZonePage(NewsFeedMixin, FoldedSearchMixin, Page):
    intro = models.TextField(_("wprowadzenie"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
    ]
    folded_text_fields = ("intro", "body")

    objects = PageManager.from_queryset(ZonePageQuerySet)()

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsPage",
        "reports.ReportIndexPage",
        "events.EventPage",
        "accessibility.EasyReadPage",
        "practices.PracticeIndexPage",
        "trainings.TrainingIndexPage",
        "trainings.TrainingProgrammePage",
    ]

    class Meta:
        verbose_name = _("strefa")
        verbose_name_plural = _("strefy")

    def news_scope(self):
        return self

    def news_feed_title(self):
        return _("%(zone)s: aktualności") % {"zone": self.title}

    def get_context(self, request, *args, **kwargs):
        # The pages listed here live in zones, so their apps import this module: their models
        # are reached through the app registry instead of an import.
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = latest_in_scope(apps.get_model("news", "NewsPage"), self, 4)
        context["latest_reports"] = latest_in_scope(
            apps.get_model("reports", "ReportPage"), self, 4
        )
        context["report_index"] = (
            apps.get_model("reports", "ReportIndexPage").objects.child_of(self).live().first()
        )
        context["upcoming_events"] = latest_in_scope(apps.get_model("events", "EventPage"), self, 3)
        context["event_index"] = (
            apps.get_model("events", "EventIndexPage")
            .objects.child_of(self.get_parent())
            .live()
            .first()
        )
        model = apps.get_model
        for listed, elsewhere, listed_model, index_model in (
            ("latest_news", "news_elsewhere", model("news.NewsPage"), None),
            (
                "latest_reports",
                "reports_elsewhere",
                model("reports.ReportPage"),
                model("reports.ReportIndexPage"),
            ),
            ("upcoming_events", "events_elsewhere", model("events.EventPage"), None),
        ):
            if not context[listed]:
                context[elsewhere] = lists_in_other_languages(
                    listed_model, self, index_model=index_model
                )
        return context
