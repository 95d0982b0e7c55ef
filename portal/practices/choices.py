"""The fixed lists of the compendium of good practices: the partner countries, the five stages
of supported employment, the job coach's areas of work and the groups a practice serves."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """Countries of the project's partners (ISO 3166 codes), and a few neighbours a partner may
    bring a practice from."""

    POLAND = "PL", _("Polska")
    IRELAND = "IE", _("Irlandia")
    SPAIN = "ES", _("Hiszpania")
    LITHUANIA = "LT", _("Litwa")
    PORTUGAL = "PT", _("Portugalia")
    ITALY = "IT", _("Włochy")
    GERMANY = "DE", _("Niemcy")
    UKRAINE = "UA", _("Ukraina")


class Stage(models.TextChoices):
    """The five stages of supported employment, in their order."""

    ENGAGEMENT = "engagement", _("Zaangażowanie")
    VOCATIONAL_PROFILE = "vocational_profile", _("Tworzenie profilu zawodowego")
    JOB_FINDING = "job_finding", _("Znajdowanie pracy")
    EMPLOYER_ENGAGEMENT = "employer_engagement", _("Zaangażowanie pracodawcy")
    WORKPLACE_SUPPORT = "workplace_support", _("Wsparcie w miejscu pracy i poza nim")


class WorkArea(models.TextChoices):
    """Where a job coach works: with the person, in the workplace, with the family and
    neighbourhood."""

    PERSON = "person", _("Osoba z niepełnosprawnością")
    WORKPLACE = "workplace", _("Środowisko pracy")
    FAMILY = "family", _("Rodzina i najbliższe otoczenie")


class TargetGroup(models.TextChoices):
    INTELLECTUAL = "intellectual", _("Osoby z niepełnosprawnością intelektualną")
    MENTAL_ILLNESS = "mental_illness", _("Osoby chorujące psychicznie")
    DEAF = "deaf", _("Osoby głuche i słabosłyszące")
    BLIND = "blind", _("Osoby niewidome i słabowidzące")
    DEAFBLIND = "deafblind", _("Osoby głuchoniewidome")
    AUTISM = "autism", _("Osoby w spektrum autyzmu")
    PHYSICAL = "physical", _("Osoby z niepełnosprawnością ruchową")


class Facet(models.TextChoices):
    """The multi-valued classifications of a practice, kept as rows so the compendium's
    filters count them with one `GROUP BY` on any database."""

    STAGE = "stage", _("Etap zatrudnienia wspomaganego")
    WORK_AREA = "work_area", _("Obszar pracy trenera")
    TARGET_GROUP = "target_group", _("Grupa docelowa")


FACET_CHOICES = {
    Facet.STAGE: Stage,
    Facet.WORK_AREA: WorkArea,
    Facet.TARGET_GROUP: TargetGroup,
}
