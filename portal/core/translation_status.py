"""Which live pages of the default language lack a live translation, or have one published
before the page last changed, per configured language: what the moderators see on the
admin dashboard (portal.core.wagtail_hooks)."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from wagtail.models import Locale, Page

# Pages named on the dashboard per language and kind; the counts cover all of them.
SHOWN = 10


@dataclass
class LanguageStatus:
    locale: Locale
    name: str
    missing: list
    missing_count: int
    outdated: list
    outdated_count: int


def translation_status():
    default = Locale.get_default()
    sources = Page.objects.live().filter(locale=default, depth__gt=2)
    names = dict(settings.LANGUAGES)
    statuses = []
    for locale in Locale.objects.exclude(pk=default.pk).filter(language_code__in=names):
        translations = Page.objects.live().filter(
            locale=locale, translation_key=OuterRef("translation_key")
        )
        with_translation = sources.annotate(
            translated_at=Subquery(translations.values("last_published_at")[:1])
        )
        missing = with_translation.filter(translated_at__isnull=True).order_by("path")
        outdated = with_translation.filter(
            translated_at__isnull=False, last_published_at__gt=F("translated_at")
        ).order_by("path")
        statuses.append(
            LanguageStatus(
                locale=locale,
                name=names[locale.language_code],
                missing=list(missing[:SHOWN]),
                missing_count=missing.count(),
                outdated=list(outdated[:SHOWN]),
                outdated_count=outdated.count(),
            )
        )
    return statuses
