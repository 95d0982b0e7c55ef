"""Fixed lists of the site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EuFundsPlacement(models.TextChoices):
    FOOTER = "footer", _("w stopce każdej strony")
    BLOCKS = "blocks", _("tylko tam, gdzie wstawiono blok „Informacja o funduszach UE”")
