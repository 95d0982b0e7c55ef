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
from portal.core.forms import PeopleSearchForm, PersonalDataForm
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


class RegistrationForm(PersonalDataForm):
    email_help = _("Na ten adres wyślemy potwierdzenie i link do rezygnacji.")

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
            "Zgadzam się na przetwarzanie informacji o potrzebach podanych w tym formularzu "
            "(mogą dotyczyć zdrowia) wyłącznie po to, by zapewnić dostępność spotkania. Potrzeby "
            "innych zapisywanych osób podaję na ich prośbę i za ich zgodą. Usuniemy je dzień po "
            "spotkaniu albo od razu po rezygnacji."
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
    ORGANISATION_FIELDS = ("organisation", "organisation_type", "role")
    ACCESSIBILITY_FIELDS = ("accessibility_needs", "accessibility_details", "accessibility_consent")

    def __init__(self, event, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.event = event
        # One row per colleague the meeting lets a person bring; blank rows are left out.
        self.companion_forms = [
            CompanionForm(data, prefix=f"osoba{number}", number=number)
            for number in range(2, event.max_people_per_registration + 1)
        ]

    def is_valid(self):
        """Every row is checked, so all errors show at once."""
        rows_valid = [form.is_valid() for form in self.companion_forms]
        return super().is_valid() and all(rows_valid)

    def companions(self):
        """The filled-in rows, as `booking.register` takes them."""
        return [form.attendee_fields() for form in self.companion_forms if not form.is_blank()]

    def has_errors(self):
        return bool(self.errors) or any(form.errors for form in self.companion_forms)

    def error_links(self):
        """Every field's errors, this form's and each row's (named by its person), for the
        summary above the form."""
        links = [(field, field.label) for field in self if field.errors]
        for form in self.companion_forms:
            links += [(field, f"{form.heading()}, {field.label}") for field in form if field.errors]
        return [
            {"id": field.id_for_label, "label": label, "error": error}
            for field, label in links
            for error in field.errors
        ]

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise ValidationError(
                _("Podaj numer telefonu cyframi, np. 600 100 200 albo +48 22 100 20 30.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        gave_needs = (
            cleaned.get("accessibility_needs")
            or cleaned.get("accessibility_details")
            or any(form.gave_needs() for form in self.companion_forms)
        )
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
        fields["companions"] = self.companions()
        if data["accessibility_needs"] or data["accessibility_details"]:
            fields["accessibility_needs"] = list(data["accessibility_needs"])
            fields["accessibility_details"] = data["accessibility_details"].strip()
            fields["accessibility_consent_at"] = now
        if any(companion["accessibility_needs"] for companion in fields["companions"]):
            fields["accessibility_consent_at"] = now
        return fields


class CompanionForm(forms.Form):
    """One colleague the registering person brings: a name, and if they like, an e-mail and
    the colleague's own accessibility needs. A row left blank is no one."""

    first_name = SingleLineTextField(
        label=_("Imię"), required=False, max_length=100, widget=forms.TextInput
    )
    last_name = SingleLineTextField(
        label=_("Nazwisko"), required=False, max_length=100, widget=forms.TextInput
    )
    email = MailboxField(
        label=_("E-mail (nieobowiązkowo)"), required=False, widget=forms.EmailInput
    )
    accessibility_needs = forms.MultipleChoiceField(
        label=_("Potrzeby dostępności tej osoby"),
        choices=AccessibilityNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, number, **kwargs):
        super().__init__(*args, **kwargs)
        self.number = number

    def heading(self):
        return _("Osoba %(number)s") % {"number": self.number}

    def is_blank(self):
        if not self.is_bound:
            return True
        data = getattr(self, "cleaned_data", None)
        if data is None:
            return False
        return not any(data.get(name) for name in self.fields)

    def gave_needs(self):
        self.is_valid()
        return bool(self.cleaned_data.get("accessibility_needs"))

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in self.fields):
            return cleaned
        if not cleaned.get("first_name") and "first_name" not in self.errors:
            self.add_error("first_name", _("Podaj imię tej osoby albo wyczyść cały wiersz."))
        if not cleaned.get("last_name") and "last_name" not in self.errors:
            self.add_error("last_name", _("Podaj nazwisko tej osoby albo wyczyść cały wiersz."))
        return cleaned

    def attendee_fields(self):
        data = self.cleaned_data
        return {
            "first_name": data["first_name"],
            "last_name": data["last_name"],
            "email": data["email"] or "",
            "accessibility_needs": list(data["accessibility_needs"]),
        }


class RegistrationSearchForm(PeopleSearchForm):
    """The organisers' search and status filter over one meeting's registrations, which
    also finds a registration by its organisation or by any of its attendees."""

    search_label = _("Szukaj (imię, nazwisko, e-mail, organizacja)")
    status_choices = RegistrationStatus.choices

    def matching(self, people, query):
        named = Q(attendees__first_name__icontains=query) | Q(attendees__last_name__icontains=query)
        return (
            super().matching(people, query)
            | Q(organisation__icontains=query)
            | Q(pk__in=people.model.objects.filter(named).values("pk"))
        )
