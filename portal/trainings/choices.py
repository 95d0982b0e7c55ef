"""The fixed lists of the trainings app: the kinds of items in a training's programme and the
states of applications and of the e-mails owed to applicants (the stages and countries are
shared with the compendium: portal/core/choices.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProgrammeItemKind(models.TextChoices):
    WORKSHOP = "workshop", _("Warsztat")
    STUDY_VISIT = "study_visit", _("Wizyta studyjna")
    LOCAL_MEETING = "local_meeting", _("Spotkanie z lokalnymi trenerami pracy lub organizacjami")
    LECTURE = "lecture", _("Wykład")


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("czeka na decyzję")
    ACCEPTED = "accepted", _("zakwalifikowane")
    DECLINED = "declined", _("odrzucone")
    WITHDRAWN = "withdrawn", _("wycofane")


class ApplicationMessageKind(models.TextChoices):
    RECEIVED = "received", _("potwierdzenie otrzymania")
    ACCEPTED = "accepted", _("zakwalifikowanie")
    DECLINED = "declined", _("odmowa")
