"""What public bodies must publish about accessibility: the accessibility statement (2019
digital-accessibility act) and easy-to-read information (2019 act on ensuring accessibility)."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from portal.accessibility.choices import AssessmentMethod, ComplianceStatus
from portal.accessibility.panels import ReviewReminderPanel
from portal.core.blocks import EasyReadBlock, HeadingOrderStreamBlock, SignLanguageVideoBlock
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from zones.models import ZoneMemberMixin

STATEMENT_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]
# The act requires a review of the statement every year by 31 March.
REVIEW_DEADLINE = (3, 31)
REVIEW_REMINDER_DAYS = 60


def review_deadline_after(reviewed_on):
    """The 31 March by which the statement reviewed on `reviewed_on` must be reviewed again."""
    month, day = REVIEW_DEADLINE
    return date(reviewed_on.year + 1, month, day)


class AccessibilityStatementPage(FoldedSearchMixin, Page):
    """Fields and order follow the Ministry of Digital Affairs' technical conditions for the
    statement (version 2.0, 2024); the template carries the element ids monitoring tools read."""

    organisation = models.CharField(_("nazwa podmiotu publicznego"), max_length=255)
    site_url = models.URLField(
        _("adres strony internetowej"),
        blank=True,
        help_text=_("Puste: adres strony głównej tej wersji językowej."),
    )
    site_published_on = models.DateField(_("data publikacji strony internetowej"))
    site_updated_on = models.DateField(_("data ostatniej istotnej aktualizacji strony"))
    status = models.CharField(
        _("status zgodności z ustawą"),
        max_length=20,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    inaccessible_content = RichTextField(
        _("treści niedostępne i powody"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_(
            "Wymagane, jeśli strona nie jest w pełni zgodna: co jest niedostępne, dlaczego "
            "i jak uzyskać te treści inaczej."
        ),
    )
    exclusions = RichTextField(
        _("wyłączenia"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("Treści wyłączone ze stosowania ustawy (art. 3 ust. 2), jeśli są."),
    )
    prepared_on = models.DateField(_("data sporządzenia deklaracji"))
    reviewed_on = models.DateField(
        _("data ostatniego przeglądu deklaracji"),
        help_text=_("Deklarację przegląda się co roku do 31 marca."),
    )
    assessment = models.CharField(
        _("deklarację sporządzono na podstawie"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    auditor = models.CharField(
        _("podmiot zewnętrzny, który zbadał stronę"), max_length=255, blank=True
    )
    keyboard_shortcuts = RichTextField(
        _("skróty klawiaturowe"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("Puste: informacja, że strona nie ma własnych skrótów klawiaturowych."),
    )
    contact_person = models.CharField(_("osoba do kontaktu"), max_length=200)
    contact_email = models.EmailField(_("e-mail do kontaktu"))
    contact_phone = models.CharField(_("telefon do kontaktu"), max_length=50)
    complaint_procedure = RichTextField(
        _("obsługa wniosków i skarg"),
        features=STATEMENT_TEXT_FEATURES,
        help_text=_(
            "Jak zgłosić żądanie zapewnienia dostępności, terminy, skarga i wniosek "
            "do Rzecznika Praw Obywatelskich."
        ),
    )
    architectural_accessibility = RichTextField(
        _("dostępność architektoniczna"), features=STATEMENT_TEXT_FEATURES
    )
    mobile_apps = RichTextField(
        _("aplikacje mobilne"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("Puste: informacja, że podmiot nie udostępnia aplikacji mobilnych."),
    )

    content_panels = Page.content_panels + [
        ReviewReminderPanel(),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("site_url"),
                FieldRowPanel([FieldPanel("site_published_on"), FieldPanel("site_updated_on")]),
            ],
            heading=_("Wstęp"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("inaccessible_content"), FieldPanel("exclusions")],
            heading=_("Stan dostępności cyfrowej"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldRowPanel([FieldPanel("assessment"), FieldPanel("auditor")]),
            ],
            heading=_("Przygotowanie deklaracji"),
        ),
        FieldPanel("keyboard_shortcuts"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Informacje zwrotne i dane kontaktowe"),
        ),
        FieldPanel("complaint_procedure"),
        FieldPanel("architectural_accessibility"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("inaccessible_content"),
        *FOLDED_SEARCH_FIELDS,
    ]
    folded_text_fields = ("inaccessible_content",)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deklaracja dostępności")
        verbose_name_plural = _("deklaracje dostępności")

    def clean(self):
        super().clean()
        errors = {}
        published, updated = self.site_published_on, self.site_updated_on
        if published and updated and updated < published:
            errors["site_updated_on"] = _(
                "Aktualizacja nie może być wcześniejsza niż publikacja strony."
            )
        if self.prepared_on and self.reviewed_on and self.reviewed_on < self.prepared_on:
            errors["reviewed_on"] = _(
                "Przegląd nie może być wcześniejszy niż sporządzenie deklaracji."
            )
        today = timezone.localdate()
        for name in ("site_published_on", "site_updated_on", "prepared_on", "reviewed_on"):
            value = getattr(self, name)
            if value and value > today and name not in errors:
                errors[name] = _("Ta data nie może być z przyszłości.")
        if self.status != ComplianceStatus.COMPLIANT and not self.inaccessible_content.strip():
            errors["inaccessible_content"] = _(
                "Strona nie jest w pełni zgodna: wymień treści niedostępne i powody."
            )
        if self.assessment == AssessmentMethod.AUDIT and not self.auditor.strip():
            errors["auditor"] = _("Podaj nazwę podmiotu, który przeprowadził badanie.")
        if errors:
            raise ValidationError(errors)

    @property
    def statement_site_url(self):
        if self.site_url:
            return self.site_url
        home = self.get_parent()
        return home.full_url if home else ""

    @property
    def binding_version(self):
        """The statement the law requires is the default language's (Polish); any other is
        a translation of it, and says so with a link to it. None on the binding one."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        return self.get_translations().live().filter(locale=default).first()

    @property
    def review_deadline(self):
        return review_deadline_after(self.reviewed_on)

    def review_is_due(self, today=None):
        today = today or timezone.localdate()
        return today >= self.review_deadline - timedelta(days=REVIEW_REMINDER_DAYS)

    def review_is_overdue(self, today=None):
        return (today or timezone.localdate()) > self.review_deadline

    @classmethod
    def for_locale(cls, locale=None):
        locale = locale or Locale.get_active()
        return cls.objects.live().filter(locale=locale).first()

    @classmethod
    def due_for_review(cls, today=None):
        """Statements (every language version, drafts included) whose yearly review is due
        within REVIEW_REMINDER_DAYS or overdue."""
        return [page for page in cls.objects.select_related("locale") if page.review_is_due(today)]


class EasyReadStreamBlock(HeadingOrderStreamBlock):
    easy_read = EasyReadBlock()
    sign_language_video = SignLanguageVideoBlock()


class EasyReadPage(FoldedSearchMixin, ZoneMemberMixin, Page):
    """Information in easy-to-read text (ETR): what the organisation does and how to reach
    it, for people with intellectual disabilities and anyone who prefers simple language."""

    intro = models.TextField(
        _("wprowadzenie"),
        blank=True,
        help_text=_("Jedno lub dwa krótkie zdania: o czym jest ta strona."),
    )
    body = StreamField(EasyReadStreamBlock(), verbose_name=_("treść"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
    ]
    folded_text_fields = ("intro", "body")

    parent_page_types = ["home.HomePage", "zones.ZonePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("strona w tekście łatwym do czytania")
        verbose_name_plural = _("strony w tekście łatwym do czytania")
