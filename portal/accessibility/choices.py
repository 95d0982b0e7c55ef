"""What the accessibility statement says of the site's compliance and of how it was assessed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "zgodna", _("zgodna")
    PARTIAL = "czesciowo", _("częściowo zgodna")
    NON_COMPLIANT = "niezgodna", _("niezgodna")


class AssessmentMethod(models.TextChoices):
    SELF = "samoocena", _("samoocena")
    AUDIT = "audyt", _("badanie przeprowadzone przez podmiot zewnętrzny")
