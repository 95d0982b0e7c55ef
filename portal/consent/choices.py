"""The decisions a visitor can make in the cookie banner, as the consent log records them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentAction(models.TextChoices):
    ACCEPT_ALL = "accept_all", _("akceptacja wszystkich")
    REJECT_ALL = "reject_all", _("odrzucenie wszystkich")
    CUSTOM = "custom", _("wybór ustawień")
