"""The fixed lists of the compendium of good practices: the job coach's areas of work and the
groups a practice serves, beside the stages and countries shared with the trainings
(portal/core/choices.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.choices import SupportedEmploymentStage


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
    Facet.STAGE: SupportedEmploymentStage,
    Facet.WORK_AREA: WorkArea,
    Facet.TARGET_GROUP: TargetGroup,
}
