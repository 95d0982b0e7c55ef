"""The fixed lists of the meetings app: what a visitor can do, who registers, with which
needs, and the states of registrations and of the e-mails owed to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Availability(models.TextChoices):
    """What a visitor can do about a meeting right now."""

    OPEN = "open", _("Wolne miejsca")
    WAITLIST = "waitlist", _("Lista rezerwowa")
    FULL = "full", _("Brak wolnych miejsc")
    NOT_YET_OPEN = "not_yet_open", _("Zapisy jeszcze nie ruszyły")
    CLOSED = "closed", _("Zapisy zamknięte")
    PAST = "past", _("Spotkanie się odbyło")


class OrganisationType(models.TextChoices):
    WTZ = "wtz", _("Warsztat terapii zajęciowej (WTZ)")
    JST = "jst", _("Jednostka samorządu terytorialnego (JST)")
    OWES = "owes", _("Ośrodek wsparcia ekonomii społecznej (OWES)")
    NGO = "ngo", _("Organizacja pozarządowa")
    EMPLOYER = "employer", _("Pracodawca")
    OTHER = "other", _("Inna")


class AccessibilityNeed(models.TextChoices):
    WHEELCHAIR = "wheelchair", _("Dostęp dla wózka inwalidzkiego")
    PJM = "pjm", _("Tłumacz polskiego języka migowego (PJM)")
    INDUCTION_LOOP = "induction_loop", _("Pętla indukcyjna")
    ASSISTANT = "assistant", _("Asystent lub asystentka")
    EASY_TO_READ = "easy_to_read", _("Materiały w tekście łatwym do czytania")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("potwierdzone")
    WAITLISTED = "waitlisted", _("lista rezerwowa")
    CANCELLED = "cancelled", _("anulowane")


class MessageKind(models.TextChoices):
    CONFIRMATION = "confirmation", _("potwierdzenie")
    WAITLISTED = "waitlisted", _("lista rezerwowa")
    PROMOTED = "promoted", _("miejsce z listy rezerwowej")
    CANCELLED = "cancelled", _("rezygnacja")
    REMINDER = "reminder", _("przypomnienie")
