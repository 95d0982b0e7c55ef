"""Fixed lists of the site-wide settings, and those apps share: the international programme's
(the compendium of good practices, the trainings) and the organisers' e-mails (meetings and
trainings)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EuFundsPlacement(models.TextChoices):
    FOOTER = "footer", _("w stopce każdej strony")
    BLOCKS = "blocks", _("tylko tam, gdzie wstawiono blok „Informacja o funduszach UE”")


class SupportedEmploymentStage(models.TextChoices):
    """The five stages of supported employment, in their order."""

    ENGAGEMENT = "engagement", _("Zaangażowanie")
    VOCATIONAL_PROFILE = "vocational_profile", _("Profil zawodowy")
    JOB_FINDING = "job_finding", _("Znajdowanie pracy")
    EMPLOYER_ENGAGEMENT = "employer_engagement", _("Zaangażowanie pracodawcy")
    ON_OFF_JOB_SUPPORT = "on_off_job_support", _("Wsparcie w miejscu pracy i poza nim")


class PartnerCountry(models.TextChoices):
    """Countries of the partner organisations and of their practices (ISO 3166 codes)."""

    AUSTRIA = "AT", _("Austria")
    BELGIUM = "BE", _("Belgia")
    CZECHIA = "CZ", _("Czechy")
    GERMANY = "DE", _("Niemcy")
    SPAIN = "ES", _("Hiszpania")
    FRANCE = "FR", _("Francja")
    IRELAND = "IE", _("Irlandia")
    ITALY = "IT", _("Włochy")
    LITHUANIA = "LT", _("Litwa")
    NETHERLANDS = "NL", _("Holandia")
    POLAND = "PL", _("Polska")
    PORTUGAL = "PT", _("Portugalia")
    SLOVAKIA = "SK", _("Słowacja")
    UKRAINE = "UA", _("Ukraina")


class MessageState(models.TextChoices):
    """Where an e-mail of an outbox (portal.core.outbox) stands."""

    PENDING = "pending", _("do wysłania")
    SENT = "sent", _("wysłano")
    FAILED = "failed", _("nie udało się wysłać")
    SKIPPED = "skipped", _("pominięto")


class OrganiserNotifications(models.TextChoices):
    """What a meeting's or training's organiser is told by e-mail, never with participants'
    names."""

    NONE = "none", _("bez powiadomień")
    ACCESSIBILITY = "accessibility", _("każda prośba o dostępność, od razu")
    DIGEST = "digest", _("każda prośba o dostępność i codzienne podsumowanie zapisów")


class OrganiserMessageKind(models.TextChoices):
    ACCESSIBILITY_REQUEST = "accessibility", _("prośba o dostępność")
    DAILY_DIGEST = "digest", _("codzienne podsumowanie")
