"""Audience zones: Samorządy, WTZ, Biznes, Współpraca Międzynarodowa."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.blocks import BodyBlock


class ZoneMemberMixin:
    """Pages that live inside a zone know it from their ancestors."""

    @cached_property
    def zone(self):
        return ZonePage.objects.ancestor_of(self).first()


def zones_by_path(locale):
    """All zones of a language, keyed by tree path, so a list can label its items without
    a query per item."""
    return {zone.path: zone for zone in ZonePage.objects.filter(locale=locale)}


def zone_of(page, zones):
    for path, zone in zones.items():
        if page.path.startswith(path) and page.path != path:
            return zone
    return None


class ZonePage(Page):
    intro = models.TextField(_("wprowadzenie"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage", "news.NewsPage", "reports.ReportIndexPage"]

    class Meta:
        verbose_name = _("strefa")
        verbose_name_plural = _("strefy")

    def get_context(self, request, *args, **kwargs):
        from portal.news.models import NewsPage
        from portal.reports.models import ReportIndexPage, ReportPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .order_by("-date")[:4]
        )
        context["latest_reports"] = (
            ReportPage.objects.live().descendant_of(self).order_by("-publication_date")[:4]
        )
        context["report_index"] = ReportIndexPage.objects.child_of(self).live().first()
        return context
