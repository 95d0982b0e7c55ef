from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
