from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search.text import query_terms, words


class UnansweredQuery(models.Model):
    """Queries that found nothing, so editors see what visitors miss. Popular queries in
    general are counted by Wagtail's search promotions (Raporty → Search terms)."""

    query_string = models.CharField(_("zapytanie"), max_length=255)
    language = models.CharField(_("język"), max_length=8)
    hits = models.PositiveIntegerField(_("liczba wyszukań"), default=0)
    last_searched_at = models.DateTimeField(_("ostatnio"), default=timezone.now)

    class Meta:
        verbose_name = _("zapytanie bez wyników")
        verbose_name_plural = _("zapytania bez wyników")
        ordering = ["-hits", "-last_searched_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language"], name="unique_unanswered_query"
            )
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query_string, language):
        query_string = " ".join(query_string.lower().split())[:255]
        record, _created = cls.objects.get_or_create(query_string=query_string, language=language)
        cls.objects.filter(pk=record.pk).update(hits=F("hits") + 1, last_searched_at=timezone.now())


class SynonymQuerySet(models.QuerySet):
    def pairs(self):
        """Each entry as two tuples of the stems a query is searched by."""
        pairs = []
        for term, meaning in self.values_list("term", "meaning"):
            sides = tuple(query_terms(term, keep=short_words(term))), tuple(query_terms(meaning))
            if all(sides):
                pairs.append(sides)
        return pairs


def short_words(text):
    """The words of a one-word entry, kept however short ("ZW")."""
    found = words(text)
    return frozenset(found) if len(found) == 1 else frozenset()


class Synonym(models.Model):
    """An abbreviation or phrase and what it stands for, kept by editors ("Skróty i
    synonimy"): a query with either finds the reports that use either."""

    term = models.CharField(
        _("skrót lub wyrażenie"),
        max_length=100,
        unique=True,
        help_text=_("Np. ZAZ albo „trener pracy”."),
    )
    meaning = models.CharField(
        _("znaczy to samo co"),
        max_length=200,
        help_text=_("Np. „zakład aktywności zawodowej” albo „job coach”."),
    )

    objects = SynonymQuerySet.as_manager()

    panels = [FieldPanel("term"), FieldPanel("meaning")]

    class Meta:
        verbose_name = _("skrót lub synonim")
        verbose_name_plural = _("skróty i synonimy")
        ordering = ["term"]

    def __str__(self):
        return f"{self.term} = {self.meaning}"

    def clean(self):
        errors = {}
        if self.term and not query_terms(self.term, keep=short_words(self.term)):
            errors["term"] = _("Wpisz skrót albo słowa, po których można szukać.")
        if self.meaning and not query_terms(self.meaning):
            errors["meaning"] = _(
                "Wpisz słowa, po których można szukać (co najmniej jedno z trzech liter)."
            )
        if errors:
            raise ValidationError(errors)
