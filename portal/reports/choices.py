"""The fixed lists of the reports app: kinds of publication, the languages of a report's
files, and why no text could be read from a PDF."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportType(models.TextChoices):
    REPORT = "report", _("Raport z badań")
    EXPERTISE = "expertise", _("Ekspertyza")
    ANALYSIS = "analysis", _("Analiza")
    EVALUATION = "evaluation", _("Ewaluacja")
    GUIDELINES = "guidelines", _("Wytyczne i standardy")


class UnreadableReason(models.TextChoices):
    """Why no text was taken from a PDF; the label completes "the text could not be read:"."""

    NOT_A_PDF = "not_a_pdf", _("plik nie jest dokumentem PDF")
    ENCRYPTED = "encrypted", _("plik jest zabezpieczony hasłem")
    DAMAGED = "damaged", _("plik jest uszkodzony albo ma nietypową budowę")
    NO_TEXT = "no_text", _("plik nie ma warstwy tekstowej (np. jest skanem)")
    TIMEOUT = "timeout", _("odczyt tekstu trwał dłużej, niż pozwala limit")
    TOO_MUCH_MEMORY = (
        "too_much_memory",
        _("odczyt tekstu wymagał więcej pamięci, niż pozwala limit"),
    )
