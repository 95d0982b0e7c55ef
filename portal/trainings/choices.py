"""The fixed lists of the trainings app: the stages of supported employment a training
concentrates on, the kinds of items in its programme, the partner countries, and the states
of applications and of the e-mails owed to applicants."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SupportedEmploymentStage(models.TextChoices):
    ENGAGEMENT = "engagement", _("Zaangażowanie")
    VOCATIONAL_PROFILE = "vocational_profile", _("Profil zawodowy")
    JOB_FINDING = "job_finding", _("Znajdowanie pracy")
    EMPLOYER_ENGAGEMENT = "employer_engagement", _("Zaangażowanie pracodawcy")
    ON_OFF_JOB_SUPPORT = "on_off_job_support", _("Wsparcie w miejscu pracy i poza nim")


class ProgrammeItemKind(models.TextChoices):
    WORKSHOP = "workshop", _("Warsztat")
    STUDY_VISIT = "study_visit", _("Wizyta studyjna")
    LOCAL_MEETING = "local_meeting", _("Spotkanie z lokalnymi trenerami pracy lub organizacjami")
    LECTURE = "lecture", _("Wykład")


class Country(models.TextChoices):
    """Countries of the partner organisations; ISO 3166 codes."""

    AT = "at", _("Austria")
    BE = "be", _("Belgia")
    CZ = "cz", _("Czechy")
    DE = "de", _("Niemcy")
    ES = "es", _("Hiszpania")
    FR = "fr", _("Francja")
    IE = "ie", _("Irlandia")
    IT = "it", _("Włochy")
    LT = "lt", _("Litwa")
    NL = "nl", _("Holandia")
    PL = "pl", _("Polska")
    PT = "pt", _("Portugalia")
    SK = "sk", _("Słowacja")
    UA = "ua", _("Ukraina")


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("przyjęte do rozpatrzenia")
    ACCEPTED = "accepted", _("zakwalifikowane")
    DECLINED = "declined", _("odrzucone")
    WITHDRAWN = "withdrawn", _("wycofane")


class ApplicationMessageKind(models.TextChoices):
    RECEIVED = "received", _("potwierdzenie otrzymania")
    ACCEPTED = "accepted", _("zakwalifikowanie")
    DECLINED = "declined", _("odmowa")
