"""Form pieces shared by the public forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


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
