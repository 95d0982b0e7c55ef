"""Form pieces shared by the public forms and the organisers' lists."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.core.form_fields import MailboxField, SingleLineTextField


class HoneypotForm(forms.Form):
    """A field people never see and bots fill in (core/includes/honeypot.html renders it out
    of sight, out of the tab order and hidden from screen readers). It is checked, then
    dropped: it is neither stored nor e-mailed."""

    website = forms.CharField(label=_("Nie wypełniaj tego pola"), required=False)

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("To pole musi zostać puste."))
        return ""

    def clean(self):
        cleaned = super().clean()
        cleaned.pop("website", None)
        return cleaned

    def fields_for_people(self):
        return [field for field in self if field.name != "website"]


class PersonalDataForm(HoneypotForm):
    """A sign-up or an application: the person's name and e-mail first, then the form's own
    fields. Templates show them in fieldsets (`person_fields`, `organisation_fields`)."""

    PERSON_FIELDS = ("first_name", "last_name", "email")
    ORGANISATION_FIELDS = ()
    # What the e-mail address will be used for, under its field.
    email_help = ""

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
        label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = self.email_help

    def fieldset(self, names):
        return [self[name] for name in names]

    def person_fields(self):
        return self.fieldset(self.PERSON_FIELDS)

    def organisation_fields(self):
        return self.fieldset(self.ORGANISATION_FIELDS)


class PeopleSearchForm(forms.Form):
    """The organisers' search and status filter over a list of people who signed up or
    applied. Subclasses give the statuses, the search's label and what else it matches."""

    search_label = _("Szukaj (imię, nazwisko, e-mail)")
    status_choices = ()

    q = SingleLineTextField(required=False, max_length=200, widget=forms.SearchInput)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].label = self.search_label
        self.fields["status"].choices = [("", _("wszystkie")), *self.status_choices]

    def matching(self, people, query):
        return (
            Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(email__icontains=query)
        )

    def filter(self, people):
        """Unfiltered while the search has errors: they are shown next to the fields."""
        if not self.is_valid():
            return people
        status, query = self.cleaned_data["status"], self.cleaned_data["q"]
        if status:
            people = people.filter(status=status)
        if query:
            people = people.filter(self.matching(people, query))
        return people
