"""What the cookie banner says (per language, edited in the admin) and the proof of each
visitor's decision (no IP address, no personal data)."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from portal.consent.choices import ConsentAction
from portal.consent.state import ANALYTICS, CATEGORY_NAMES, MEDIA, NECESSARY, PREFERENCES
from portal.core.models import OneRecordPerLanguage


class ConsentSettings(OneRecordPerLanguage, TranslatableMixin, ClusterableModel):
    """The banner, the category descriptions, the cookie list and the policy version."""

    banner_title = models.CharField(_("tytuł baneru"), max_length=200)
    banner_text = models.TextField(_("treść baneru"))
    policy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("strona polityki cookies"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    policy_version = models.PositiveIntegerField(
        _("wersja polityki"),
        default=1,
        help_text=_(
            "Zwiększ, gdy zmiana polityki wymaga ponownej zgody: wszyscy odwiedzający "
            "zobaczą baner jeszcze raz."
        ),
    )
    necessary_description = models.TextField(_("opis: niezbędne"))
    preferences_description = models.TextField(_("opis: preferencje"))
    analytics_description = models.TextField(_("opis: statystyka"))
    media_description = models.TextField(_("opis: media zewnętrzne"))
    analytics_snippet = models.TextField(
        _("kod statystyki"),
        blank=True,
        help_text=_(
            "Kod HTML/JavaScript narzędzia statystyk. Trafia na stronę wyłącznie po zgodzie "
            "na kategorię „Statystyka”."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("banner_title"),
                FieldPanel("banner_text"),
                FieldPanel("policy_page"),
                FieldPanel("policy_version"),
            ],
            heading=_("Baner"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("necessary_description"),
                FieldPanel("preferences_description"),
                FieldPanel("analytics_description"),
                FieldPanel("media_description"),
            ],
            heading=_("Kategorie"),
        ),
        InlinePanel("cookies", label=_("Pliki cookies")),
        FieldPanel("analytics_snippet"),
    ]
    override_translatable_fields = [
        SynchronizedField("policy_version"),
        SynchronizedField("analytics_snippet"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ustawienia cookies")
        verbose_name_plural = _("ustawienia cookies")

    def __str__(self):
        return f"{self.banner_title} ({self.locale.language_code})"

    def categories(self):
        """Each category with its description and the cookies it covers."""
        descriptions = {
            NECESSARY: self.necessary_description,
            PREFERENCES: self.preferences_description,
            ANALYTICS: self.analytics_description,
            MEDIA: self.media_description,
        }
        cookies = list(self.cookies.all())
        return [
            {
                "name": name,
                "label": label,
                "description": descriptions[name],
                "cookies": [cookie for cookie in cookies if cookie.category == name],
            }
            for name, label in CATEGORY_NAMES.items()
        ]


class ConsentCookie(TranslatableMixin, Orderable):
    settings = ParentalKey(ConsentSettings, on_delete=models.CASCADE, related_name="cookies")
    category = models.CharField(_("kategoria"), max_length=20, choices=list(CATEGORY_NAMES.items()))
    name = models.CharField(_("nazwa"), max_length=100)
    provider = models.CharField(_("dostawca"), max_length=100)
    purpose = models.CharField(_("cel"), max_length=255)
    duration = models.CharField(_("czas przechowywania"), max_length=100)

    panels = [
        FieldPanel("category"),
        FieldPanel("name"),
        FieldPanel("provider"),
        FieldPanel("purpose"),
        FieldPanel("duration"),
    ]
    override_translatable_fields = [SynchronizedField("category"), SynchronizedField("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("plik cookie")
        verbose_name_plural = _("pliki cookies")


class ConsentRecord(models.Model):
    """Proof of one decision: which categories, under which policy version, when."""

    Action = ConsentAction

    consent_id = models.UUIDField(_("identyfikator zgody"), default=uuid.uuid4, db_index=True)
    action = models.CharField(_("decyzja"), max_length=20, choices=Action.choices)
    preferences = models.BooleanField(_("preferencje"))
    analytics = models.BooleanField(_("statystyka"))
    media = models.BooleanField(_("media zewnętrzne"))
    policy_version = models.PositiveIntegerField(_("wersja polityki"))
    language = models.CharField(_("język"), max_length=8)
    created_at = models.DateTimeField(_("czas"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("zapis zgody")
        verbose_name_plural = _("zapisy zgód")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.consent_id} {self.get_action_display()} ({self.created_at:%Y-%m-%d})"
