"""The root of each language version, general pages and the contact form."""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.forms import ContactFormBuilder
from portal.core.blocks import BodyBlock
from portal.core.listings import latest_in_scope, lists_in_other_languages
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsIndexPage, NewsPage
from portal.reports.models import ReportIndexPage, ReportPage
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
        context["latest_news"] = latest_in_scope(NewsPage, self, 3)
        context["latest_reports"] = latest_in_scope(ReportPage, self, 3)
        context["upcoming_events"] = latest_in_scope(EventPage, self, 3)
        context["event_index"] = EventIndexPage.objects.child_of(self).live().first()
        for listed, elsewhere, model, index_model in (
            ("latest_news", "news_elsewhere", NewsPage, NewsIndexPage),
            ("latest_reports", "reports_elsewhere", ReportPage, ReportIndexPage),
            ("upcoming_events", "events_elsewhere", EventPage, EventIndexPage),
        ):
            if not context[listed]:
                context[elsewhere] = lists_in_other_languages(model, self, index_model=index_model)
        return context


class StandardPage(FoldedSearchMixin, ZoneMemberMixin, Page):
    intro = models.TextField(_("wprowadzenie"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
    ]
    folded_text_fields = ("intro", "body")

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
    form_builder = ContactFormBuilder

    class Meta:
        verbose_name = _("formularz kontaktowy")
        verbose_name_plural = _("formularze kontaktowe")

    def serve(self, request, *args, **kwargs):
        """Every message posted counts towards the address's hourly allowance; over it, the
        form comes back with the visitor's text and the reason, and nothing is stored or
        sent."""
        # The limiter counts in core's models; imported here so this models module imports
        # only leaf modules.
        from portal.core.ratelimit import limit_reached

        if request.method == "POST" and limit_reached(
            request, "contact", settings.CONTACT_MESSAGES_PER_ADDRESS, 3600
        ):
            form = self.get_form(request.POST, page=self, user=request.user)
            form.is_valid()
            form.add_error(
                None,
                gettext(
                    "Z tego adresu internetowego wysłano w ostatniej godzinie zbyt wiele "
                    "wiadomości. Spróbuj ponownie później albo napisz do nas e-mailem."
                ),
            )
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)
