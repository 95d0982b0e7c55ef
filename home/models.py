"""The root of each language version, general pages and the contact form."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.blocks import BodyBlock
from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsPage
from portal.reports.models import ReportPage
from zones.models import ZoneMemberMixin, ZonePage


class HomePage(Page):
    intro = models.TextField(_("wprowadzenie"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "reports.ReportIndexPage",
        "events.EventIndexPage",
        "zones.ZonePage",
        "home.StandardPage",
        "home.ContactPage",
        "accessibility.AccessibilityStatementPage",
        "accessibility.EasyReadPage",
    ]

    class Meta:
        verbose_name = _("strona główna")
        verbose_name_plural = _("strony główne")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["zones"] = ZonePage.objects.child_of(self).live().in_menu()
        news = NewsPage.objects.live().descendant_of(self).select_related("image")
        reports = ReportPage.objects.live().descendant_of(self)
        events = EventPage.objects.live().descendant_of(self).upcoming()
        context["latest_news"] = ZonePage.objects.label_pages(
            news.order_by("-date")[:3], self.locale
        )
        context["latest_reports"] = ZonePage.objects.label_pages(
            reports.order_by("-publication_date")[:3], self.locale
        )
        context["upcoming_events"] = ZonePage.objects.label_pages(events[:3], self.locale)
        context["event_index"] = EventIndexPage.objects.child_of(self).live().first()
        return context


class StandardPage(ZoneMemberMixin, Page):
    intro = models.TextField(_("wprowadzenie"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "zones.ZonePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "accessibility.EasyReadPage"]

    class Meta:
        verbose_name = _("strona standardowa")
        verbose_name_plural = _("strony standardowe")


class ContactFormField(TranslatableMixin, AbstractFormField):
    """Translatable so the English form shows English labels and choices."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # The field's key in stored submissions stays the same in every language.
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class ContactPage(AbstractEmailForm):
    """A form whose submissions are stored in the admin and e-mailed to the editors."""

    intro = RichTextField(_("wprowadzenie"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("podziękowanie"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Pola formularza")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Wysyłka e-mail"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("formularz kontaktowy")
        verbose_name_plural = _("formularze kontaktowe")
