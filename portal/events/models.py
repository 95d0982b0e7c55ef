"""Informational meetings ("Spotkania") and the sign-ups for them.

Registrations always belong to the meeting's page in the default language (Polish): the
English page is a translation of the same meeting, so both share one capacity and one list.
The meeting's facts (MEETING_FACTS) belong to that page too: a translation always holds the
same values, whatever its revisions or wagtail-localize's copy of the Polish page say.
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.blocks import BodyBlock
from portal.core.choices import OrganiserNotifications
from portal.core.languages import configured_languages
from portal.core.listings import ListingPageMixin
from portal.core.models import (
    OrganiserOutboxMessage,
    OutboxMessage,
    default_locale_only,
    in_active_locale,
)
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from portal.core.seo import page_description
from portal.events.calendar import calendar_response
from portal.events.choices import (
    AccessibilityNeed,
    Availability,
    MessageKind,
    OrganisationType,
    RegistrationStatus,
)
from portal.events.forms import EventFilterForm
from portal.events.panels import RegistrationsPanel
from zones.models import ZoneMemberMixin, ZonePage

# What makes the meeting the same meeting in every language: set on the default-language page
# only, and copied to its translations whenever either is saved (see EventPage.save).
MEETING_FACTS = (
    "start",
    "end",
    "online_url",
    "capacity",
    "max_people_per_registration",
    "registration_opens_at",
    "registration_closes_at",
    "waitlist_enabled",
)


class EventPageQuerySet(PageQuerySet):
    def with_confirmed_seats(self):
        """Seats taken on each meeting as `confirmed_seats`, counted over the registrations
        of every language version (they share a translation key)."""
        seats = (
            Registration.objects.filter(
                event__translation_key=models.OuterRef("translation_key"),
                status=RegistrationStatus.CONFIRMED,
            )
            .order_by()
            .values("event__translation_key")
            .annotate(total=Sum("people"))
            .values("total")[:1]
        )
        return self.annotate(confirmed_seats=Coalesce(models.Subquery(seats), 0))

    def for_zone(self, zone):
        """Meetings inside the zone or meant for its audience (either language version)."""
        return self.filter(
            Q(path__startswith=zone.path)
            | Q(audience_zones__zone__translation_key=zone.translation_key)
        ).distinct()

    def upcoming(self):
        """Meetings not over yet, the soonest first, with their seats taken."""
        return self.filter(end__gte=timezone.now()).with_confirmed_seats().order_by("start", "pk")


class EventIndexPage(ListingPageMixin, RoutablePageMixin, Page):
    """ "Spotkania": upcoming meetings of the whole language version, zones included, with
    filters by zone and month, the archive of past meetings and an iCalendar feed."""

    intro = models.TextField(_("wprowadzenie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista spotkań")
        verbose_name_plural = _("listy spotkań")

    def events(self):
        home = self.get_parent()
        return EventPage.objects.live().descendant_of(home).with_confirmed_seats()

    def zones(self):
        return ZonePage.objects.live().child_of(self.get_parent()).order_by("path")

    @staticmethod
    def shows_past(request):
        return request.GET.get("pokaz") == "minione"

    def listing_items(self, request):
        """Meetings not over yet, soonest first; with `pokaz=minione`, the past ones, latest
        first."""
        now = timezone.now()
        if self.shows_past(request):
            return self.events().filter(end__lt=now).order_by("-start", "-pk")
        return self.events().filter(end__gte=now).order_by("start", "pk")

    def listing_filters(self, request, items):
        return EventFilterForm(request.GET or None, zones=self.zones(), events=items)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["show_past"] = self.shows_past(request)
        context["query_string"] = context["filters"].query_string(context["show_past"])
        return context

    @path("")
    def event_list(self, request):
        return self.render(request)

    @path("kalendarz/", name="feed")
    def calendar_feed(self, request):
        since = timezone.now() - datetime.timedelta(days=365)
        events = self.events().filter(end__gte=since).order_by("start")
        return calendar_response(events, filename=f"{self.slug}.ics", name=self.title)


class EventAudienceZone(Orderable):
    """A zone whose audience the meeting is for; a meeting inside a zone belongs to it anyway."""

    page = ParentalKey("EventPage", on_delete=models.CASCADE, related_name="audience_zones")
    zone = models.ForeignKey(
        "zones.ZonePage",
        verbose_name=_("strefa"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=default_locale_only,
    )

    panels = [FieldPanel("zone")]

    class Meta(Orderable.Meta):
        verbose_name = _("strefa odbiorców")
        verbose_name_plural = _("strefy odbiorców")


class EventPageForm(WagtailAdminPageForm):
    """On a translation the meeting's facts are shown but cannot be changed: they come from
    the default-language page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.default_language_version() is not None:
            for name in MEETING_FACTS:
                field = self.fields[name]
                field.disabled = True
                field.help_text = _(
                    "Ustawiane w podstawowej wersji językowej spotkania; tu tylko do wglądu."
                )


class EventPage(FoldedSearchMixin, RoutablePageMixin, ZoneMemberMixin, Page):
    lead = models.TextField(_("zajawka"), help_text=_("Jedno lub dwa zdania widoczne na liście."))
    start = models.DateTimeField(_("początek"), help_text=_("Czas polski (Europe/Warsaw)."))
    end = models.DateTimeField(_("koniec"))
    venue_name = models.CharField(_("miejsce"), max_length=255, blank=True)
    venue_address = models.TextField(_("adres"), blank=True)
    online_url = models.URLField(
        _("link do spotkania online"),
        blank=True,
        help_text=_(
            "Nie jest publikowany na stronie ani w kalendarzu: uczestnicy dostają go "
            "w e-mailu z potwierdzeniem i w przypomnieniu."
        ),
    )
    venue_accessibility = models.TextField(
        _("dostępność miejsca"),
        blank=True,
        help_text=_("Np. wejście bez progów, winda, toaleta dostępna, pętla indukcyjna."),
    )
    capacity = models.PositiveIntegerField(_("liczba miejsc"))
    max_people_per_registration = models.PositiveSmallIntegerField(
        _("najwięcej osób w jednym zgłoszeniu"), default=3
    )
    registration_opens_at = models.DateTimeField(
        _("otwarcie zapisów"), null=True, blank=True, help_text=_("Puste: od razu.")
    )
    registration_closes_at = models.DateTimeField(
        _("zamknięcie zapisów"),
        null=True,
        blank=True,
        help_text=_("Puste: do początku spotkania."),
    )
    waitlist_enabled = models.BooleanField(
        _("lista rezerwowa"),
        default=True,
        help_text=_(
            "Gdy miejsca się skończą, kolejne osoby trafiają na listę rezerwową i dostają "
            "miejsce automatycznie, gdy ktoś zrezygnuje."
        ),
    )
    organiser_name = models.CharField(_("organizator"), max_length=255)
    organiser_email = models.EmailField(_("e-mail organizatora"))
    organiser_phone = models.CharField(_("telefon organizatora"), max_length=50, blank=True)
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
    body = StreamField(BodyBlock(), verbose_name=_("opis"), blank=True)

    content_panels = Page.content_panels + [
        RegistrationsPanel(),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])], heading=_("Termin")
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("online_url"),
                FieldPanel("venue_accessibility"),
            ],
            heading=_("Miejsce"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("max_people_per_registration")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldPanel("waitlist_enabled"),
            ],
            heading=_("Zapisy"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_email"),
                FieldPanel("organiser_phone"),
                FieldPanel("organiser_notifications"),
            ],
            heading=_("Kontakt do organizatora"),
        ),
        InlinePanel("audience_zones", label=_("Dla kogo (strefy)")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        *FOLDED_SEARCH_FIELDS,
        index.FilterField("start"),
    ]
    folded_text_fields = ("lead", "body", "venue_name")
    override_translatable_fields = [
        *(SynchronizedField(name, overridable=False) for name in MEETING_FACTS),
        SynchronizedField("organiser_email"),
        SynchronizedField("organiser_phone"),
        SynchronizedField("organiser_notifications"),
    ]

    objects = PageManager.from_queryset(EventPageQuerySet)()

    base_form_class = EventPageForm
    parent_page_types = [
        "events.EventIndexPage",
        "zones.ZonePage",
        "trainings.TrainingProgrammePage",
    ]
    subpage_types = []

    class Meta:
        verbose_name = _("spotkanie")
        verbose_name_plural = _("spotkania")

    @classmethod
    def listed_in(cls, scope):
        """Upcoming meetings as the home page (its language version's) and a zone landing
        (the zone's own and those meant for its audience) list them."""
        if scope.specific_class is ZonePage:
            home = scope.get_parent()
            return cls.objects.live().descendant_of(home).upcoming().for_zone(scope)
        return cls.objects.live().descendant_of(scope).upcoming()

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Spotkanie musi się kończyć po jego początku.")
        if not self.venue_address and not self.online_url:
            errors["venue_address"] = _("Podaj adres miejsca albo link do spotkania online.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = _("Zapisy muszą się zamykać po ich otwarciu.")
        if self.registration_closes_at and self.end and self.registration_closes_at > self.end:
            errors["registration_closes_at"] = _("Zapisy nie mogą trwać dłużej niż samo spotkanie.")
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _("Spotkanie musi mieć co najmniej jedno miejsce.")
        if self.max_people_per_registration is not None and self.max_people_per_registration < 1:
            errors["max_people_per_registration"] = _("Co najmniej jedna osoba.")
        if errors:
            raise ValidationError(errors)

    # The meeting as one thing, whatever the language of the page ----------------------------

    def default_language_version(self):
        """The meeting's page in the default language, read now; None on that page itself
        (and on a page that has no such version)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        versions = EventPage.objects.filter(translation_key=self.translation_key, locale=default)
        return versions.first()

    def take_meeting_facts(self, source):
        for name in MEETING_FACTS:
            setattr(self, name, getattr(source, name))

    def save(self, *args, **kwargs):
        """A translation takes the facts of the default-language page, and saving that page
        gives its facts to every translation, so no two language versions ever differ."""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields).isdisjoint(MEETING_FACTS):
            return super().save(*args, **kwargs)
        source = self.default_language_version()
        if source is not None:
            self.take_meeting_facts(source)
        result = super().save(*args, **kwargs)
        if source is None and self.locale_id == Locale.get_default().pk:
            for translation in EventPage.objects.filter(
                translation_key=self.translation_key
            ).exclude(pk=self.pk):
                translation.save(update_fields=MEETING_FACTS, clean=False)
        return result

    def with_content_json(self, content):
        """A translation's revisions were made from older copies of the Polish page: what an
        editor sees, previews or publishes from them carries the meeting's current facts."""
        page = super().with_content_json(content)
        source = self.default_language_version()
        if source is not None:
            page.take_meeting_facts(source)
        return page

    @cached_property
    def registration_event(self):
        """The page that holds the meeting's registrations: the default-language version."""
        return self.default_language_version() or self

    @property
    def registrations(self):
        return Registration.objects.filter(event=self.registration_event)

    @property
    def is_online(self):
        return bool(self.online_url) and not self.venue_address

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def closes_at(self):
        return self.registration_closes_at or self.start

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        return now < self.closes_at()

    @cached_property
    def seats_taken(self):
        if hasattr(self, "confirmed_seats"):
            return self.confirmed_seats
        if self.registration_event.pk is None:  # a preview of a page not saved yet
            return 0
        return self.registrations.filter(status=Registration.Status.CONFIRMED).aggregate(
            total=Coalesce(Sum("people"), 0)
        )["total"]

    @property
    def seats_left(self):
        return max(self.capacity - self.seats_taken, 0)

    def availability(self, now=None):
        now = now or timezone.now()
        if self.is_past(now):
            return Availability.PAST
        if self.registration_opens_at and now < self.registration_opens_at:
            return Availability.NOT_YET_OPEN
        if now >= self.closes_at():
            return Availability.CLOSED
        if self.seats_left > 0:
            return Availability.OPEN
        return Availability.WAITLIST if self.waitlist_enabled else Availability.FULL

    def listed_audience_zones(self):
        """Audience zones and the zone the meeting sits in, in the visitor's language."""
        zones = in_active_locale(
            (link.zone for link in self.audience_zones.select_related("zone")), ZonePage
        )
        own = self.zone
        if own and all(zone.translation_key != own.translation_key for zone in zones):
            zones.insert(0, own)
        return zones

    def structured_data(self, request):
        """schema.org's Event for search engines. An online meeting's link goes to the
        participants only, so its virtual location is this page, where people sign up."""
        places = []
        if self.venue_address:
            lines = [line.strip() for line in self.venue_address.splitlines() if line.strip()]
            address = ", ".join(lines)
            places.append(
                {"@type": "Place", "name": self.venue_name or address, "address": address}
            )
        if self.online_url:
            places.append({"@type": "VirtualLocation", "url": self.get_full_url(request)})
        attendance = "Mixed" if len(places) == 2 else "Online" if self.online_url else "Offline"
        organiser = {
            "@type": "Organization",
            "name": self.organiser_name,
            "email": self.organiser_email,
        }
        if self.organiser_phone:
            organiser["telephone"] = self.organiser_phone
        return {
            "@type": "Event",
            "name": self.title,
            "description": page_description(self),
            "startDate": timezone.localtime(self.start).isoformat(),
            "endDate": timezone.localtime(self.end).isoformat(),
            "eventAttendanceMode": f"https://schema.org/{attendance}EventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": places[0] if len(places) == 1 else places,
            "organizer": organiser,
        }

    # Public views ---------------------------------------------------------------------------

    @path("")
    def event_view(self, request):
        from portal.events.views import event_page_view  # the views import this module

        return event_page_view(request, self)

    @path("kalendarz/", name="ics")
    def ics(self, request):
        return calendar_response([self], filename=f"{self.slug}.ics")

    @re_path(r"^zgloszenie/(?P<token>[A-Za-z0-9_-]{20,64})/$", name="registration")
    def manage_registration(self, request, token):
        from portal.events.views import manage_registration_view  # the views import this module

        return manage_registration_view(request, self, token)


def new_registration_token():
    return secrets.token_urlsafe(32)


class RegistrationQuerySet(models.QuerySet):
    def in_list_order(self):
        """Confirmed first, then the waitlist in its order, then cancelled."""
        rank = models.Case(
            models.When(status="confirmed", then=0),
            models.When(status="waitlisted", then=1),
            default=2,
        )
        return self.order_by(rank, Coalesce("waitlisted_at", "created_at"), "pk")

    def with_waitlist_places(self):
        """Each waitlisted registration's place in its meeting's waitlist as
        `waitlist_place` (as `Registration.waitlist_position`, in one query); None for
        the others."""
        ahead = (
            waiting_ahead_of(
                models.OuterRef("event_id"), models.OuterRef("waitlisted_at"), models.OuterRef("pk")
            )
            .order_by()
            .values("event_id")
            .annotate(count=models.Count("pk"))
            .values("count")
        )
        place = Coalesce(models.Subquery(ahead), 0) + 1
        waiting = Q(status=RegistrationStatus.WAITLISTED)
        return self.annotate(
            waitlist_place=models.Case(models.When(waiting, then=place), default=None)
        )


def waiting_ahead_of(event_id, waitlisted_at, pk):
    """The registrations before this one on its meeting's waitlist."""
    return Registration.objects.filter(
        event_id=event_id, status=RegistrationStatus.WAITLISTED
    ).filter(Q(waitlisted_at__lt=waitlisted_at) | Q(waitlisted_at=waitlisted_at, pk__lt=pk))


class Registration(models.Model):
    """One sign-up: a person, possibly with colleagues from the same organisation."""

    Status = RegistrationStatus
    ACTIVE_STATUSES = (Status.CONFIRMED, Status.WAITLISTED)

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("spotkanie"),
        on_delete=models.CASCADE,
        related_name="registration_set",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    language = models.CharField(_("język"), max_length=8, choices=configured_languages)
    people = models.PositiveSmallIntegerField(_("liczba osób"), default=1)
    first_name = models.CharField(_("imię"), max_length=100, blank=True)
    last_name = models.CharField(_("nazwisko"), max_length=100, blank=True)
    # Stored lower-case, so the constraint below compares addresses as people write them.
    # NULL once erased: erased registrations must not collide in that constraint.
    email = models.EmailField(_("e-mail"), null=True, blank=True)  # noqa: DJ001
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    organisation = models.CharField(_("organizacja"), max_length=255, blank=True)
    organisation_type = models.CharField(
        _("rodzaj organizacji"), max_length=20, choices=OrganisationType.choices
    )
    role = models.CharField(_("funkcja"), max_length=150, blank=True)
    accessibility_needs = models.JSONField(_("potrzeby dostępności"), default=list, blank=True)
    accessibility_details = models.TextField(_("inne potrzeby"), blank=True)
    accessibility_consent_at = models.DateTimeField(
        _("zgoda na przetwarzanie informacji o potrzebach"), null=True, blank=True
    )
    privacy_consent_at = models.DateTimeField(_("zgoda na przetwarzanie danych"), null=True)
    # The secret in the personal link; NULL once the data is erased, so the link dies.
    token = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, default=new_registration_token
    )
    attended = models.BooleanField(_("obecność"), null=True, blank=True)
    created_at = models.DateTimeField(_("zgłoszono"), default=timezone.now)
    waitlisted_at = models.DateTimeField(_("na liście rezerwowej od"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("potwierdzono"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("anulowano"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("dane usunięto"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("zgłoszenie")
        verbose_name_plural = _("zgłoszenia")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["confirmed", "waitlisted"]),
                name="one_active_registration_per_email",
            ),
            models.CheckConstraint(condition=Q(people__gte=1), name="registration_people_min_1"),
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]

    def __str__(self):
        if self.personal_data_erased_at:
            return str(_("Zgłoszenie #%(pk)s (dane usunięte)") % {"pk": self.pk})
        return f"{self.first_name} {self.last_name}"

    @property
    def is_active(self):
        return self.status in self.ACTIVE_STATUSES

    def waitlist_position(self):
        if self.status != self.Status.WAITLISTED:
            return None
        return waiting_ahead_of(self.event_id, self.waitlisted_at, self.pk).count() + 1

    def accessibility_need_labels(self):
        return need_labels(self.accessibility_needs)

    def all_accessibility_needs(self):
        """The needs of everyone in the registration, each kind once (in the order of the
        choices), without the free-text details: what an organiser is told."""
        given = set(self.accessibility_needs)
        for attendee in self.attendees.all():
            given.update(attendee.accessibility_needs)
        return [value for value, _label in AccessibilityNeed.choices if value in given]

    def attendees_with_registration(self):
        """The attendees in order, each knowing this registration without another query
        (prefetch `attendees` for a list of registrations)."""
        attendees = sorted(self.attendees.all(), key=lambda attendee: attendee.number)
        for attendee in attendees:
            attendee.registration = self
        return attendees

    def has_accessibility_request(self):
        return bool(self.all_accessibility_needs() or self.accessibility_details)

    def page_in_own_language(self):
        """The meeting's page in the language the person registered in."""
        locale = Locale.objects.filter(language_code=self.language).first()
        page = self.event.get_translation_or_none(locale) if locale else None
        return (page or self.event).specific

    def manage_url(self):
        page = self.page_in_own_language()
        return page.get_full_url() + page.reverse_subpage("registration", args=[self.token])


def need_labels(needs):
    labels = dict(AccessibilityNeed.choices)
    return [labels.get(need, need) for need in needs]


class Attendee(models.Model):
    """One person a registration brings, each with a seat, a line on the attendance list and
    a mark of whether they came. Number 1 is the registering person (the contact): their name,
    e-mail and needs are the registration's own and are not stored again here; the others
    are named by the registrant, e-mail and needs optional. A registration has exactly as
    many attendees as its `people`.

    Names are blank once erased, and on the companions of registrations made before people
    were named (see `display_name`)."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("zgłoszenie"),
        on_delete=models.CASCADE,
        related_name="attendees",
    )
    number = models.PositiveSmallIntegerField(_("osoba nr"))
    first_name = models.CharField(_("imię"), max_length=100, blank=True)
    last_name = models.CharField(_("nazwisko"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    accessibility_needs = models.JSONField(_("potrzeby dostępności"), default=list, blank=True)
    attended = models.BooleanField(_("obecność"), null=True, blank=True)

    class Meta:
        verbose_name = _("uczestnik")
        verbose_name_plural = _("uczestnicy")
        ordering = ["registration", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "number"], name="one_attendee_per_number"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="attendee_number_min_1"),
        ]

    def __str__(self):
        return self.display_name()

    @property
    def is_contact(self):
        return self.number == 1

    def names(self):
        """(first name, last name): the registration's own for the contact."""
        if self.is_contact:
            return self.registration.first_name, self.registration.last_name
        return self.first_name, self.last_name

    def display_name(self):
        first, last = self.names()
        if first or last:
            return f"{first} {last}".strip()
        if self.registration.personal_data_erased_at:
            return str(_("dane usunięte"))
        return str(_("Osoba towarzysząca %(number)s") % {"number": self.number})

    def contact_email(self):
        return (self.registration.email or "") if self.is_contact else self.email

    def needs(self):
        return (
            self.registration.accessibility_needs if self.is_contact else self.accessibility_needs
        )

    def accessibility_need_labels(self):
        labels = need_labels(self.needs())
        if self.is_contact and self.registration.accessibility_details:
            labels.append(self.registration.accessibility_details)
        return labels


class RegistrationMessage(OutboxMessage):
    """An e-mail owed to a registrant."""

    Kind = MessageKind

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="messages"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta(OutboxMessage.Meta):
        verbose_name = _("wiadomość do uczestnika")
        verbose_name_plural = _("wiadomości do uczestników")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind"],
                condition=Q(kind="reminder"),
                name="one_reminder_per_registration",
            )
        ]


class OrganiserMessage(OrganiserOutboxMessage):
    """An e-mail owed to a meeting's organiser (EventPage.organiser_notifications): an
    accessibility request as it arrives, or the day's summary of sign-ups. It holds no
    personal data: the request's kinds of need are read from the registration when it is
    sent (and the message is skipped if they were erased meanwhile), the summary holds counts.
    Sent and retried like the registrants' messages (see `notifications`)."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="organiser_messages"
    )
    # The registration that asked for accessibility; none for a summary.
    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="organiser_messages",
    )

    class Meta(OrganiserOutboxMessage.Meta):
        verbose_name = _("wiadomość do organizatora")
        verbose_name_plural = _("wiadomości do organizatorów")
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(kind="accessibility"),
                name="one_accessibility_message_per_registration",
            ),
            models.UniqueConstraint(
                fields=["event", "day"],
                condition=Q(kind="digest"),
                name="one_digest_per_meeting_and_day",
            ),
        ]
