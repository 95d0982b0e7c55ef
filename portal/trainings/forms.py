from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.form_fields import (
    ConsentField,
    MultiLineTextField,
    SingleLineTextField,
)
from portal.core.forms import PeopleSearchForm, PersonalDataForm
from portal.trainings.choices import ApplicationStatus
from portal.trainings.models import Partner


class ApplicationForm(PersonalDataForm):
    """A job coach's application; the partners offered are those with places on the
    training."""

    email_help = _("Na ten adres wyślemy potwierdzenie, decyzję i link do zgłoszenia.")

    partner = forms.ModelChoiceField(
        label=_("Organizacja partnerska"),
        queryset=Partner.objects.none(),
        empty_label=_("– wybierz –"),
        error_messages={"invalid_choice": _("Wybierz organizację z listy.")},
    )
    role = SingleLineTextField(
        label=_("Funkcja w organizacji"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    motivation = MultiLineTextField(
        label=_("Dlaczego chcesz wziąć udział w szkoleniu?"),
        max_length=2000,
        help_text=_("Kilka zdań o Twoim doświadczeniu i o tym, czego oczekujesz."),
    )
    accessibility_needs = MultiLineTextField(
        label=_("Potrzeby dostępności (nieobowiązkowo)"),
        required=False,
        max_length=1000,
        help_text=_("Np. tłumacz języka migowego, pętla indukcyjna, asystent, dieta."),
    )
    accessibility_consent = ConsentField(
        label=_(
            "Zgadzam się na przetwarzanie informacji o moich potrzebach (mogą dotyczyć zdrowia) "
            "wyłącznie po to, by zapewnić dostępność szkolenia. Usuniemy je po szkoleniu "
            "albo od razu po odrzuceniu lub wycofaniu zgłoszenia."
        ),
        required=False,
    )
    privacy_consent = ConsentField(
        label=_(
            "Zgadzam się na przetwarzanie moich danych osobowych w celu rozpatrzenia "
            "zgłoszenia i organizacji szkolenia; widzą je organizatorzy szkolenia i "
            "koordynator mojej organizacji partnerskiej."
        ),
        error_messages={"required": _("Bez tej zgody nie możemy przyjąć zgłoszenia.")},
    )
    ORGANISATION_FIELDS = ("partner", "role", "motivation")

    def __init__(self, training, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.training = training
        self.fields["partner"].queryset = Partner.objects.filter(
            pk__in=training.application_training.quotas.values("partner")
        ).order_by("name")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("accessibility_needs") and not cleaned.get("accessibility_consent"):
            self.add_error(
                "accessibility_consent",
                _("Aby przekazać nam potrzeby dostępności, zaznacz tę zgodę albo usuń ich opis."),
            )
        return cleaned

    def application_fields(self):
        """What `applications.apply` stores; needs only with their separate consent."""
        data = self.cleaned_data
        now = timezone.now()
        fields = {name: data[name] for name in self.PERSON_FIELDS + self.ORGANISATION_FIELDS}
        fields["motivation"] = data["motivation"].strip()
        fields["privacy_consent_at"] = now
        if data["accessibility_needs"].strip():
            fields["accessibility_needs"] = data["accessibility_needs"].strip()
            fields["accessibility_consent_at"] = now
        return fields


class ApplicationSearchForm(PeopleSearchForm):
    """The organisers' and coordinators' search and status filter over applications."""

    status_choices = ApplicationStatus.choices
