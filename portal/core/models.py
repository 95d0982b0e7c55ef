"""Shared models: translatable tags and site-wide texts, and the inline pieces every
content page type reuses (tags, "Polecamy" related pages)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from portal.core.choices import EuFundsPlacement, MessageState, OrganiserMessageKind


def default_locale_only():
    """Tags are chosen on the source (Polish) page; translations follow automatically."""
    return {"locale__language_code": Locale.get_default().language_code}


class Tag(TranslatableMixin, index.Indexed, models.Model):
    """A topic label, translated like content so the English site shows English tags."""

    name = models.CharField(_("nazwa"), max_length=100)
    slug = models.SlugField(_("adres (slug)"), max_length=100, allow_unicode=False)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tagi")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_tag_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


class OneRecordPerLanguage:
    """Site-wide texts kept as one translatable record per language."""

    @classmethod
    def for_active_locale(cls):
        """The record for the visitor's language, falling back to the default language."""
        records = {item.locale.language_code: item for item in cls.objects.select_related("locale")}
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return records.get(active_language_code()) or records.get(default)


def optional_page(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class SiteContent(OneRecordPerLanguage, TranslatableMixin, ClusterableModel):
    """Footer contact details, EU-funds information and the pages every footer links to,
    one record per language."""

    organisation = models.CharField(_("nazwa instytucji"), max_length=255)
    address = models.TextField(_("adres"), blank=True)
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    organisation_description = models.TextField(
        _("opis działalności (plik tekstowy)"),
        blank=True,
        help_text=_(
            "Czym zajmuje się instytucja i jak się z nią skontaktować, zwykłym tekstem. "
            "Trafia do pliku tekstowego, do którego prowadzi stopka."
        ),
    )
    eu_funds_logos = StreamField(
        [("logo", ImageBlock(label=_("Logotyp lub zestawienie znaków")))],
        verbose_name=_("logotypy (zestawienie znaków funduszy UE)"),
        blank=True,
        help_text=_(
            "Zestawienie znaków z tekstem alternatywnym wymieniającym wszystkie znaki, "
            "np. „Fundusze Europejskie, Rzeczpospolita Polska, Dofinansowane przez Unię "
            "Europejską”."
        ),
    )
    eu_funds_statement = models.TextField(
        _("informacja o współfinansowaniu z funduszy UE"), blank=True
    )
    eu_funds_placement = models.CharField(
        _("gdzie pokazać informację o funduszach UE"),
        max_length=10,
        choices=EuFundsPlacement.choices,
        default=EuFundsPlacement.FOOTER,
    )
    footer_note = models.TextField(_("dodatkowa informacja w stopce"), blank=True)
    privacy_policy_page = optional_page(_("strona polityki prywatności"))
    easy_read_page = optional_page(_("strona z informacjami w tekście łatwym do czytania"))
    sign_language_page = optional_page(_("strona z informacjami w polskim języku migowym"))
    registration_privacy_notice = models.TextField(
        _("klauzula informacyjna przy zapisach na spotkania"),
        blank=True,
        help_text=_(
            "Informacja z art. 13 RODO pokazywana obok zgody w formularzu zapisu: "
            "administrator, cel i podstawa, okres przechowywania, prawa osoby. "
            "Akapity oddziel pustą linią."
        ),
    )
    training_privacy_notice = models.TextField(
        _("klauzula informacyjna przy zgłoszeniach na szkolenia kadry"),
        blank=True,
        help_text=_(
            "Jak wyżej, dla zgłoszeń na szkolenia: kto widzi dane (organizatorzy i koordynator "
            "organizacji partnerskiej) i kiedy je usuwamy. Akapity oddziel pustą linią."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Dane kontaktowe"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("eu_funds_logos"),
                FieldPanel("eu_funds_statement"),
                FieldPanel("eu_funds_placement"),
            ],
            heading=_("Fundusze Europejskie"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("easy_read_page"),
                FieldPanel("sign_language_page"),
                FieldPanel("organisation_description"),
            ],
            heading=_("Informacje dostępne (stopka każdej strony)"),
        ),
        FieldPanel("footer_note"),
        MultiFieldPanel(
            [
                FieldPanel("privacy_policy_page"),
                FieldPanel("registration_privacy_notice"),
                FieldPanel("training_privacy_notice"),
            ],
            heading=_("Dane osobowe"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("treści wspólne witryny")
        verbose_name_plural = _("treści wspólne witryny")

    def __str__(self):
        return f"{self.organisation} ({self.locale.language_code})"

    def linked_page(self, name):
        """The chosen page in the visitor's language (the chosen one if not translated)."""
        return live_in_active_locale(getattr(self, name))

    def privacy_policy_page_in_active_locale(self):
        return self.linked_page("privacy_policy_page")

    @property
    def eu_funds_in_footer(self):
        has_content = bool(self.eu_funds_statement or self.eu_funds_logos)
        return has_content and self.eu_funds_placement == EuFundsPlacement.FOOTER


class PageTag(Orderable):
    """Links a page to a tag; synchronised to translations, shown as the tag's translation."""

    tag = models.ForeignKey(
        Tag,
        verbose_name=_("tag"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=default_locale_only,
    )

    panels = [FieldPanel("tag")]

    class Meta(Orderable.Meta):
        abstract = True


class RelatedPage(Orderable):
    """An editor's "Polecamy" pick; templates show the page in the visitor's language."""

    related_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("strona"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("related_page")]

    class Meta(Orderable.Meta):
        abstract = True


def active_language_code():
    """The content language of the request, as `Locale.get_active()` finds it, without the
    query for the Locale row."""
    return get_supported_content_language_variant(get_language())


def in_active_locale(objects, model):
    """Swap translatable objects for their translations in the visitor's language, in one
    query; objects that are not translated yet stay as they are."""
    objects = list(objects)
    if not objects:
        return []
    translations = {
        item.translation_key: item
        for item in model.objects.filter(
            locale__language_code=active_language_code(),
            translation_key__in=[obj.translation_key for obj in objects],
        ).select_related("locale")
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def live_in_active_locale(page):
    """A chosen page in the visitor's language (the chosen one if not translated), None when
    that is not live."""
    if page is None:
        return None
    translated = in_active_locale([page], Page)[0]
    return translated.specific if translated.live else None


class TaggedContentMixin:
    """Tags and "Polecamy" items for news and report pages (needs `tag_links` and
    `related_links` child relations)."""

    def visible_tags(self):
        links = self.tag_links.select_related("tag__locale")
        return in_active_locale((link.tag for link in links), Tag)

    def recommended_pages(self, limit=3):
        """Editor's picks first; without picks, the newest live pages sharing a tag."""
        links = self.related_links.select_related("related_page__locale")
        picks = in_active_locale((link.related_page for link in links), Page)
        pages = [page for page in picks if page.live]
        if pages:
            return pages[:limit]
        tag_ids = list(self.tag_links.values_list("tag_id", flat=True))
        if not tag_ids:
            return []
        model = type(self)
        return list(
            model.objects.live()
            .filter(locale_id=self.locale_id, tag_links__tag_id__in=tag_ids)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-first_published_at")[:limit]
        )


class RateLimitCounter(models.Model):
    """How many requests one address (kept only as a keyed hash) sent to one public form in
    the current window. A row per address and form; it is reset, not evicted, when its window
    ends, and removed once the window is over (see portal.core.ratelimit)."""

    scope = models.CharField(_("formularz"), max_length=50)
    address_hash = models.CharField(_("skrót adresu"), max_length=64)
    window_ends_at = models.DateTimeField(_("koniec okna"), db_index=True)
    count = models.PositiveIntegerField(_("liczba żądań"), default=0)

    class Meta:
        verbose_name = _("licznik limitu")
        verbose_name_plural = _("liczniki limitów")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "address_hash"], name="unique_rate_limit_counter"
            )
        ]

    def __str__(self):
        return f"{self.scope}: {self.count}"


class OutboxMessage(models.Model):
    """An e-mail owed to someone, written in the same transaction as the change that causes
    it, so a failed send never loses it: it stays pending and is retried (portal.core.outbox).
    Subclasses add what the message is about and its `kind`."""

    State = MessageState

    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # After a failed try: not before this time (see outbox.RETRY_DELAYS).
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_state_display()})"


class OrganiserOutboxMessage(OutboxMessage):
    """An e-mail owed to the organiser of a meeting or a training: that a request for
    accessibility arrived (named by the subclass's link to it, never by its content), or the
    day's summary, which holds counts only."""

    Kind = OrganiserMessageKind

    kind = models.CharField(max_length=20, choices=Kind.choices)
    # A summary's day and its counts.
    day = models.DateField(null=True, blank=True)
    counts = models.JSONField(default=dict, blank=True)

    class Meta(OutboxMessage.Meta):
        abstract = True
