"""What the accessibility statement says of the site's compliance and of how it was assessed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "compliant", _("zgodna")
    PARTIAL = "partially_compliant", _("częściowo zgodna")
    NON_COMPLIANT = "non_compliant", _("niezgodna")


class AssessmentMethod(models.TextChoices):
    SELF = "self_assessment", _("samoocena")
    AUDIT = "external_audit", _("badanie przeprowadzone przez podmiot zewnętrzny")
