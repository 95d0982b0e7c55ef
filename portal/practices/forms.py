"""The public form through which partners propose a practice for the compendium."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.choices import PartnerCountry
from portal.core.form_fields import (
    ConsentField,
    MailboxField,
    MultiLineTextField,
    SingleLineTextField,
)
from portal.core.forms import HoneypotForm
from portal.practices.models import facet_form_field


class PracticeProposalForm(HoneypotForm):
    title = SingleLineTextField(label=_("Nazwa praktyki"), max_length=200)
    country = forms.ChoiceField(
        label=_("Kraj"),
        choices=[("", "—"), *PartnerCountry.choices],
        error_messages={"invalid_choice": _("Wybierz kraj z listy.")},
    )
    partner_organisation = SingleLineTextField(label=_("Organizacja partnerska"), max_length=255)
    stages = facet_form_field("stages", required=True)
    work_areas = facet_form_field("work_areas")
    target_groups = facet_form_field("target_groups")
    summary = MultiLineTextField(
        label=_("Streszczenie"),
        max_length=1000,
        help_text=_("Dwa, trzy zdania: na czym polega praktyka."),
    )
    description = MultiLineTextField(
        label=_("Opis praktyki"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    results = MultiLineTextField(
        label=_("Rezultaty (nieobowiązkowo)"),
        required=False,
        max_length=5000,
        help_text=_("Np. ile osób znalazło pracę, ilu pracodawców współpracuje."),
    )
    success_factors = MultiLineTextField(
        label=_("Co sprawiło, że się udało (nieobowiązkowo)"), required=False, max_length=5000
    )
    contacts = MultiLineTextField(
        label=_("Kontakt do organizacji (nieobowiązkowo)"),
        required=False,
        max_length=1000,
        help_text=_("Zostanie opublikowany przy praktyce. Podaj dane organizacji, nie osób."),
    )
    email = MailboxField(
        label=_("Twój e-mail"),
        help_text=_(
            "Napiszemy na ten adres tylko raz: gdy praktyka zostanie opublikowana. Potem go "
            "usuniemy."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = ConsentField(
        label=_(
            "Zgadzam się na przechowywanie mojego adresu e-mail wyłącznie po to, by dostać "
            "wiadomość o publikacji praktyki. Adres zostanie usunięty po publikacji, najpóźniej "
            "po 180 dniach."
        ),
        error_messages={"required": _("Bez tej zgody nie możemy przyjąć propozycji.")},
    )

    PRACTICE_FIELDS = ("title", "country", "partner_organisation", "summary")
    CLASSIFICATION_FIELDS = ("stages", "work_areas", "target_groups")
    TEXT_FIELDS = ("description", "results", "success_factors", "contacts")

    def group(self, names):
        return [self[name] for name in names]

    def practice_fields(self):
        return self.group(self.PRACTICE_FIELDS)

    def classification_fields(self):
        return self.group(self.CLASSIFICATION_FIELDS)

    def text_fields(self):
        return self.group(self.TEXT_FIELDS)
