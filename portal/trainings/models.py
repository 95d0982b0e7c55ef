"""Staff trainings of the international programme (places per partner organisation, by
application) and the modular training programme, whose groups are meeting pages.

Applications always belong to the training's page in the default language (Polish), like a
meeting's registrations: the English page is a translation of the same training, so both
share one set of quotas and one list of applicants.
"""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.choices import (
    OrganiserNotifications,
    PartnerCountry,
    SupportedEmploymentStage,
)
from portal.core.languages import configured_languages
from portal.core.models import OrganiserOutboxMessage, OutboxMessage
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from portal.events.models import EventPage
from portal.trainings.blocks import ModulesBlock, OutcomeBlock, ProgrammeBlock
from portal.trainings.choices import ApplicationMessageKind, ApplicationStatus
from zones.models import ZoneMemberMixin

DEFAULT_QUOTA = 4
# What makes the training the same training in every language (see EventPage's facts).
TRAINING_FACTS = ("stage", "start_date", "end_date", "applications_close_on", "host_partner")


class Partner(models.Model):
    """A partner organisation of the international project: it sends job coaches to the
    trainings, and its coordinators decide on its own applicants."""

    name = models.CharField(_("nazwa"), max_length=255, unique=True)
    country = models.CharField(_("kraj"), max_length=2, choices=PartnerCountry.choices)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("koordynatorzy"),
        blank=True,
        related_name="coordinated_partners",
        help_text=_(
            "Osoby z kontem w panelu, które przyjmują i odrzucają zgłoszenia pracowników tego "
            "partnera. Dostęp do listy zgłoszeń dostają od razu, bez dodawania do grupy."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("country"), FieldPanel("coordinators")]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partnerzy")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.get_country_display()})"


class TrainingIndexPage(Page):
    """ "Szkolenia kadry": the trainings of the zone, the coming ones first."""

    intro = models.TextField(_("wprowadzenie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["zones.ZonePage"]
    subpage_types = ["trainings.TrainingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista szkoleń kadry")
        verbose_name_plural = _("listy szkoleń kadry")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        trainings = TrainingPage.objects.live().child_of(self).select_related("host_partner")
        today = timezone.localdate()
        context["upcoming"] = trainings.filter(end_date__gte=today).order_by("start_date", "pk")
        context["past"] = trainings.filter(end_date__lt=today).order_by("-start_date", "-pk")
        return context


class TrainingQuota(Orderable):
    """How many job coaches of one partner the training takes."""

    page = ParentalKey("TrainingPage", on_delete=models.CASCADE, related_name="quotas")
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="+"
    )
    places = models.PositiveSmallIntegerField(_("liczba miejsc"), default=DEFAULT_QUOTA)

    panels = [FieldRowPanel([FieldPanel("partner"), FieldPanel("places")])]

    class Meta(Orderable.Meta):
        verbose_name = _("miejsca partnera")
        verbose_name_plural = _("miejsca partnerów")


class TrainingPage(FoldedSearchMixin, RoutablePageMixin, ZoneMemberMixin, Page):
    lead = models.TextField(_("zajawka"), help_text=_("Jedno lub dwa zdania widoczne na liście."))
    stage = models.CharField(
        _("etap zatrudnienia wspomaganego"),
        max_length=30,
        choices=SupportedEmploymentStage.choices,
    )
    host_partner = models.ForeignKey(
        Partner,
        verbose_name=_("gospodarz (organizacja i kraj)"),
        on_delete=models.PROTECT,
        related_name="hosted_trainings",
    )
    start_date = models.DateField(_("pierwszy dzień"), help_text=_("Razem z dniem podróży."))
    end_date = models.DateField(_("ostatni dzień"), help_text=_("Razem z dniem podróży."))
    applications_close_on = models.DateField(
        _("ostatni dzień zgłoszeń"),
        null=True,
        blank=True,
        help_text=_("Puste: do dnia przed szkoleniem."),
    )
    programme = StreamField(ProgrammeBlock(), verbose_name=_("program dzień po dniu"), blank=True)
    travel_info = models.TextField(_("dojazd"), blank=True)
    accommodation_info = models.TextField(_("zakwaterowanie"), blank=True)
    accessibility_info = models.TextField(
        _("dostępność"),
        blank=True,
        help_text=_("Np. dostępność miejsca zajęć i noclegu, tłumaczenie, asystencja."),
    )
    organiser_name = models.CharField(_("organizator"), max_length=255)
    organiser_email = models.EmailField(_("e-mail organizatora"))
    organiser_notifications = models.CharField(
        _("powiadomienia dla organizatora"),
        max_length=20,
        choices=OrganiserNotifications.choices,
        default=OrganiserNotifications.ACCESSIBILITY,
        help_text=_(
            "Wysyłane na e-mail organizatora, bez danych osobowych: liczby i link do listy "
            "zgłoszeń w panelu."
        ),
    )
    outcome_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("strona z rezultatami"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Np. relacja w aktualnościach albo raport; pokazujemy ją po szkoleniu."),
    )
    outcome = StreamField(
        OutcomeBlock(),
        verbose_name=_("rezultaty: krótka relacja, zdjęcia, materiały"),
        blank=True,
        help_text=_("Widoczne na stronie po zakończeniu szkolenia."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("stage"),
                FieldPanel("host_partner"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("applications_close_on"),
            ],
            heading=_("Szkolenie"),
        ),
        InlinePanel("quotas", label=_("Miejsca dla partnerów")),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldPanel("travel_info"),
                FieldPanel("accommodation_info"),
                FieldPanel("accessibility_info"),
            ],
            heading=_("Informacje praktyczne"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_email"),
                FieldPanel("organiser_notifications"),
            ],
            heading=_("Kontakt do organizatora"),
        ),
        MultiFieldPanel(
            [FieldPanel("outcome_page"), FieldPanel("outcome")], heading=_("Po szkoleniu")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("programme"),
        *FOLDED_SEARCH_FIELDS,
        index.FilterField("start_date"),
    ]
    folded_text_fields = ("lead", "programme")
    override_translatable_fields = [
        *(SynchronizedField(name, overridable=False) for name in TRAINING_FACTS),
        SynchronizedField("organiser_email"),
        SynchronizedField("organiser_notifications"),
    ]

    parent_page_types = ["trainings.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("szkolenie kadry")
        verbose_name_plural = _("szkolenia kadry")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Szkolenie nie może się kończyć przed swoim początkiem.")
        if (
            self.applications_close_on
            and self.start_date
            and self.applications_close_on >= self.start_date
        ):
            errors["applications_close_on"] = _("Zgłoszenia muszą się kończyć przed szkoleniem.")
        if self.start_date and self.end_date and not errors:
            outside = [
                day.value["date"]
                for day in self.programme
                if not self.start_date <= day.value["date"] <= self.end_date
            ]
            if outside:
                errors["programme"] = _(
                    "Dni programu muszą mieścić się w terminie szkolenia (%(days)s)."
                ) % {"days": ", ".join(day.strftime("%d.%m.%Y") for day in outside)}
        if errors:
            raise ValidationError(errors)

    # The training as one thing, whatever the language of the page ---------------------------

    @cached_property
    def application_training(self):
        """The page that holds the training's applications and quotas: the default-language
        version."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        source = TrainingPage.objects.filter(translation_key=self.translation_key, locale=default)
        return source.first() or self

    @property
    def applications(self):
        return TrainingApplication.objects.filter(training=self.application_training)

    def last_application_day(self):
        return self.applications_close_on or self.start_date - datetime.timedelta(days=1)

    def applications_open(self, today=None):
        return (today or timezone.localdate()) <= self.last_application_day()

    def is_past(self, today=None):
        return self.end_date < (today or timezone.localdate())

    def partner_places(self):
        """Each partner's quota with the places already given, in the order editors set."""
        training = self.application_training
        if training.pk is None:  # a preview of a page not saved yet
            return []
        accepted = dict(
            training.application_set.filter(status=ApplicationStatus.ACCEPTED)
            .order_by()
            .values_list("partner")
            .annotate(count=Count("pk"))
        )
        quotas = training.quotas.select_related("partner")
        return [
            {
                "partner": quota.partner,
                "places": quota.places,
                "accepted": accepted.get(quota.partner_id, 0),
                "left": max(quota.places - accepted.get(quota.partner_id, 0), 0),
            }
            for quota in quotas
        ]

    def programme_days(self):
        return [day.value for day in self.programme]

    # Public views ---------------------------------------------------------------------------

    @path("")
    def training_view(self, request):
        from portal.trainings.views import training_page_view  # the views import this module

        return training_page_view(request, self)

    @re_path(r"^zgloszenie/(?P<token>[A-Za-z0-9_-]{20,64})/$", name="application")
    def manage_application(self, request, token):
        from portal.trainings.views import manage_application_view  # the views import this module

        return manage_application_view(request, self, token)


def new_application_token():
    return secrets.token_urlsafe(32)


class TrainingApplication(models.Model):
    """A job coach's application for a place in a training, from their partner's quota."""

    Status = ApplicationStatus
    ACTIVE_STATUSES = (Status.RECEIVED, Status.ACCEPTED)

    training = models.ForeignKey(
        TrainingPage,
        verbose_name=_("szkolenie"),
        on_delete=models.CASCADE,
        related_name="application_set",
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="applications"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    language = models.CharField(_("język"), max_length=8, choices=configured_languages)
    first_name = models.CharField(_("imię"), max_length=100, blank=True)
    last_name = models.CharField(_("nazwisko"), max_length=100, blank=True)
    # Stored lower-case; NULL once erased, so erased applications never collide below.
    email = models.EmailField(_("e-mail"), null=True, blank=True)  # noqa: DJ001
    role = models.CharField(_("funkcja"), max_length=150, blank=True)
    motivation = models.TextField(_("motywacja"), blank=True)
    accessibility_needs = models.TextField(_("potrzeby dostępności"), blank=True)
    accessibility_consent_at = models.DateTimeField(
        _("zgoda na przetwarzanie informacji o potrzebach"), null=True, blank=True
    )
    privacy_consent_at = models.DateTimeField(_("zgoda na przetwarzanie danych"), null=True)
    # The secret in the personal link; NULL once the data is erased, so the link dies.
    token = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, default=new_application_token
    )
    created_at = models.DateTimeField(_("zgłoszono"), default=timezone.now)
    decided_at = models.DateTimeField(_("decyzja"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("zdecydował(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    personal_data_erased_at = models.DateTimeField(_("dane usunięto"), null=True, blank=True)

    class Meta:
        verbose_name = _("zgłoszenie na szkolenie")
        verbose_name_plural = _("zgłoszenia na szkolenia")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["training", "email"],
                condition=Q(status__in=["received", "accepted"]),
                name="one_active_application_per_email",
            )
        ]
        indexes = [
            models.Index(
                fields=["training", "partner", "status"], name="application_partner_status"
            )
        ]

    def __str__(self):
        if self.personal_data_erased_at:
            return str(_("Zgłoszenie #%(pk)s (dane usunięte)") % {"pk": self.pk})
        return f"{self.first_name} {self.last_name}"

    @property
    def is_active(self):
        return self.status in self.ACTIVE_STATUSES

    def page_in_own_language(self):
        """The training's page in the language the person applied in."""
        locale = Locale.objects.filter(language_code=self.language).first()
        page = self.training.get_translation_or_none(locale) if locale else None
        return (page or self.training).specific

    def manage_url(self):
        page = self.page_in_own_language()
        return page.get_full_url() + page.reverse_subpage("application", args=[self.token])


class ApplicationMessage(OutboxMessage):
    """An e-mail owed to an applicant."""

    Kind = ApplicationMessageKind

    application = models.ForeignKey(
        TrainingApplication, on_delete=models.CASCADE, related_name="messages"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta(OutboxMessage.Meta):
        verbose_name = _("wiadomość do kandydata")
        verbose_name_plural = _("wiadomości do kandydatów")


class TrainingOrganiserMessage(OrganiserOutboxMessage):
    """An e-mail owed to a training's organiser (TrainingPage.organiser_notifications): that
    an application with accessibility needs arrived, or the day's summary of applications.
    The needs are free text and may be health data, so neither this row nor the e-mail holds
    them or the applicant's name: the organiser reads them in the admin list, within their
    rights. The request is skipped if the application is no longer active or its needs were
    erased before it was sent; the summary holds counts. Sent and retried like the
    applicants' messages (see `notifications`)."""

    training = models.ForeignKey(
        TrainingPage, on_delete=models.CASCADE, related_name="organiser_messages"
    )
    # The application with accessibility needs; none for a summary.
    application = models.ForeignKey(
        TrainingApplication,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="organiser_messages",
    )

    class Meta(OrganiserOutboxMessage.Meta):
        verbose_name = _("wiadomość do organizatora szkolenia")
        verbose_name_plural = _("wiadomości do organizatorów szkoleń")
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(kind="accessibility"),
                name="one_accessibility_message_per_application",
            ),
            models.UniqueConstraint(
                fields=["training", "day"],
                condition=Q(kind="digest"),
                name="one_digest_per_training_and_day",
            ),
        ]


class TrainingProgrammePage(Page):
    """The modular training programme: its modules, and the groups it is delivered to, which
    are meeting pages under this page (sign-ups, waitlist, e-mails and erasure as for any
    meeting)."""

    intro = models.TextField(_("wprowadzenie"), blank=True)
    modules = StreamField(ModulesBlock(), verbose_name=_("moduły"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("modules")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("modules"),
    ]

    parent_page_types = ["zones.ZonePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("program szkoleń (moduły i grupy)")
        verbose_name_plural = _("programy szkoleń (moduły i grupy)")

    def groups(self):
        """The groups (meetings under this page), soonest first, with their seats taken."""
        return (
            EventPage.objects.live().child_of(self).with_confirmed_seats().order_by("start", "pk")
        )
