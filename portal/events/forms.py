import re
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _

from portal.core.form_fields import (
    ConsentField,
    MailboxField,
    MultiLineTextField,
    SingleLineTextField,
)
from portal.core.forms import HoneypotForm
from portal.events.choices import AccessibilityNeed, OrganisationType, RegistrationStatus

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{6,22}$")


class EventFilterForm(forms.Form):
    """Zone and month filters of the meetings list; a plain GET form, so every state is a
    shareable address."""

    strefa = forms.ChoiceField(label=_("Strefa"), required=False)
    miesiac = forms.ChoiceField(label=_("Miesiąc"), required=False)

    def __init__(self, data, *, zones, events):
        super().__init__(data)
        self.zones = {zone.slug: zone for zone in zones}
        self.fields["strefa"].choices = [("", _("Wszystkie strefy"))] + [
            (slug, zone.title) for slug, zone in self.zones.items()
        ]
        months = events.model.objects.filter(pk__in=events.values("pk")).datetimes("start", "month")
        self.fields["miesiac"].choices = [("", _("Wszystkie miesiące"))] + [
            (month.strftime("%Y-%m"), format_date(month, "F Y")) for month in months
        ]

    def filter(self, events):
        if not self.is_bound or not self.is_valid():
            return events
        zone = self.zones.get(self.cleaned_data["strefa"])
        if zone:
            events = events.for_zone(zone)
        if self.cleaned_data["miesiac"]:
            year, month = map(int, self.cleaned_data["miesiac"].split("-"))
            events = events.filter(start__year=year, start__month=month)
        return events

    def query_string(self, show_past):
        """The current filters, for pagination links."""
        params = {"pokaz": "minione"} if show_past else {}
        if self.is_bound and self.is_valid():
            params.update({key: value for key, value in self.cleaned_data.items() if value})
        return urlencode(params)


class RegistrationForm(HoneypotForm):
    first_name = SingleLineTextField(
        label=_("Imię"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = SingleLineTextField(
        label=_("Nazwisko"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = MailboxField(
        label=_("E-mail"),
        help_text=_("Na ten adres wyślemy potwierdzenie i link do rezygnacji."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = SingleLineTextField(
        label=_("Telefon (nieobowiązkowo)"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    organisation = SingleLineTextField(
        label=_("Nazwa organizacji lub instytucji"),
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    organisation_type = forms.ChoiceField(
        label=_("Rodzaj organizacji"),
        choices=[("", _("– wybierz –"))] + OrganisationType.choices,
    )
    role = SingleLineTextField(
        label=_("Funkcja w organizacji"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    people = forms.IntegerField()  # limits depend on the meeting, see __init__
    accessibility_needs = forms.MultipleChoiceField(
        label=_("Potrzeby dostępności"),
        choices=AccessibilityNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    accessibility_details = MultiLineTextField(
        label=_("Inne potrzeby (nieobowiązkowo)"), required=False, max_length=1000
    )
    accessibility_consent = ConsentField(
        label=_(
            "Zgadzam się na przetwarzanie informacji o moich potrzebach (mogą dotyczyć zdrowia) "
            "wyłącznie po to, by zapewnić dostępność spotkania. Usuniemy je dzień po spotkaniu "
            "albo od razu po rezygnacji."
        ),
        required=False,
    )
    privacy_consent = ConsentField(
        label=_(
            "Zgadzam się na przetwarzanie moich danych osobowych w celu zapisu i organizacji "
            "spotkania, zgodnie z klauzulą informacyjną powyżej."
        ),
        error_messages={"required": _("Bez tej zgody nie możemy przyjąć zgłoszenia.")},
    )
    PERSON_FIELDS = ("first_name", "last_name", "email", "phone")
    ORGANISATION_FIELDS = ("organisation", "organisation_type", "role", "people")
    ACCESSIBILITY_FIELDS = ("accessibility_needs", "accessibility_details", "accessibility_consent")

    def __init__(self, event, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        limit = event.max_people_per_registration
        self.fields["people"] = forms.IntegerField(
            label=_("Liczba osób z organizacji, łącznie z Tobą"),
            min_value=1,
            max_value=limit,
            initial=1,
            help_text=_("Najwięcej %(limit)s os. w jednym zgłoszeniu.") % {"limit": limit},
            error_messages={
                "max_value": _(
                    "To spotkanie przyjmuje najwięcej %(limit_value)s os. w jednym zgłoszeniu."
                )
            },
        )

    def fieldset(self, names):
        return [self[name] for name in names]

    def person_fields(self):
        return self.fieldset(self.PERSON_FIELDS)

    def organisation_fields(self):
        return self.fieldset(self.ORGANISATION_FIELDS)

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise ValidationError(
                _("Podaj numer telefonu cyframi, np. 600 100 200 albo +48 22 100 20 30.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        gave_needs = cleaned.get("accessibility_needs") or cleaned.get("accessibility_details")
        if gave_needs and not cleaned.get("accessibility_consent"):
            self.add_error(
                "accessibility_consent",
                _(
                    "Aby przekazać nam potrzeby dostępności, zaznacz tę zgodę albo usuń "
                    "zaznaczone potrzeby."
                ),
            )
        return cleaned

    def registration_fields(self):
        """What `booking.register` stores; needs only with their separate consent."""
        data = self.cleaned_data
        now = timezone.now()
        fields = {name: data[name] for name in self.PERSON_FIELDS + self.ORGANISATION_FIELDS}
        fields["privacy_consent_at"] = now
        if data["accessibility_needs"] or data["accessibility_details"]:
            fields["accessibility_needs"] = list(data["accessibility_needs"])
            fields["accessibility_details"] = data["accessibility_details"].strip()
            fields["accessibility_consent_at"] = now
        return fields


class RegistrationSearchForm(forms.Form):
    """The organisers' search and status filter over one meeting's registrations."""

    q = SingleLineTextField(
        label=_("Szukaj (imię, nazwisko, e-mail, organizacja)"),
        required=False,
        max_length=200,
        widget=forms.SearchInput,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("wszystkie"))] + RegistrationStatus.choices,
    )

    def filter(self, registrations):
        """Unfiltered while the search has errors: they are shown next to the fields."""
        if not self.is_valid():
            return registrations
        status, query = self.cleaned_data["status"], self.cleaned_data["q"]
        if status:
            registrations = registrations.filter(status=status)
        if query:
            registrations = registrations.filter(
                Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
                | Q(email__icontains=query)
                | Q(organisation__icontains=query)
            )
        return registrations
