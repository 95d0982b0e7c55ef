"""The compendium of good practices in supported employment: its index page (filters, the
whole compendium as one PDF, the partners' proposal form) and one page per practice."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core.blocks import (
    RICH_TEXT_FEATURES,
    BodyBlock,
    HeadingOrderStreamBlock,
    KeyFiguresBlock,
)
from portal.core.choices import PartnerCountry
from portal.core.listings import ListingPageMixin
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from portal.practices.choices import FACET_CHOICES, Facet
from zones.models import ZoneMemberMixin

# The admin form's (and the proposal form's) field for each multi-valued classification.
FACET_FIELDS = {
    "stages": Facet.STAGE,
    "work_areas": Facet.WORK_AREA,
    "target_groups": Facet.TARGET_GROUP,
}
FACET_FIELD_LABELS = {
    "stages": _("Etapy zatrudnienia wspomaganego"),
    "work_areas": _("Obszary pracy trenera pracy"),
    "target_groups": _("Grupy docelowe"),
}


def facet_form_field(name, required=False):
    return forms.MultipleChoiceField(
        label=FACET_FIELD_LABELS[name],
        choices=FACET_CHOICES[FACET_FIELDS[name]].choices,
        widget=forms.CheckboxSelectMultiple,
        required=required,
        error_messages={
            "required": _("Zaznacz co najmniej jedną pozycję."),
            "invalid_choice": _("Wybierz pozycje z listy."),
        },
    )


class PracticeIndexPage(RoutablePageMixin, ListingPageMixin, ZoneMemberMixin, Page):
    """ "Kompendium dobrych praktyk": the practices below it with filters by country, stage,
    area of work and target group, the whole compendium as one PDF, and the form through
    which partners propose a practice."""

    intro = models.TextField(_("wprowadzenie"), blank=True)
    proposal_intro = models.TextField(
        _("wprowadzenie do formularza propozycji"),
        blank=True,
        help_text=_("Widoczne nad formularzem, przez który partnerzy proponują praktykę."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("proposal_intro")]

    parent_page_types = ["home.HomePage", "zones.ZonePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kompendium dobrych praktyk")
        verbose_name_plural = _("kompendia dobrych praktyk")

    def practices(self):
        """Live practices of the compendium, newest first."""
        return PracticePage.objects.live().child_of(self).order_by("-first_published_at", "-pk")

    def listing_items(self, request):
        return self.practices().prefetch_related("classifications")

    def listing_filters(self, request, items):
        from portal.practices.filters import PracticeFilters  # it imports this module

        return PracticeFilters(request.GET, items)

    @cached_property
    def compendium(self):
        """The built PDF, if any."""
        return CompendiumFile.objects.filter(index=self).exclude(file="").first()

    @path("")
    def practice_list(self, request):
        return self.render(request)

    @path("pdf/", name="pdf")
    def compendium_pdf(self, request):
        from portal.practices.views import compendium_pdf_view  # the views import this module

        return compendium_pdf_view(request, self)

    @path("zaproponuj/", name="propose")
    def propose(self, request):
        from portal.practices.views import proposal_view  # the views import this module

        return proposal_view(request, self)

    @path("zaproponuj/wyslano/", name="proposed")
    def proposed(self, request):
        from portal.practices.views import proposal_sent_view  # as above

        return proposal_sent_view(request, self)


class PracticeResultsBlock(HeadingOrderStreamBlock):
    """What the practice achieved: text and key figures."""

    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Tekst"), template="core/blocks/rich_text.html"
    )
    key_figures = KeyFiguresBlock()


class PracticeClassification(models.Model):
    """One stage, area of work or target group of a practice: rows, so the compendium counts
    practices per value with one `GROUP BY` on SQLite and PostgreSQL alike."""

    page = ParentalKey("PracticePage", on_delete=models.CASCADE, related_name="classifications")
    facet = models.CharField(max_length=20, choices=Facet.choices)
    value = models.CharField(max_length=30)

    class Meta:
        verbose_name = _("klasyfikacja praktyki")
        verbose_name_plural = _("klasyfikacje praktyk")
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}: {self.value}"


class PracticeDocument(Orderable):
    """A material of the practice to download (a guide, a form, a presentation)."""

    page = ParentalKey("PracticePage", on_delete=models.CASCADE, related_name="materials")
    # Like a report's file, a practice's material cannot be deleted from under it.
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dokument"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(
        _("tytuł na stronie"),
        max_length=255,
        blank=True,
        help_text=_("Puste: tytuł dokumentu z biblioteki."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("materiał praktyki")
        verbose_name_plural = _("materiały praktyki")

    @property
    def label(self):
        return self.title or self.document.title


class PracticePageForm(WagtailAdminPageForm):
    """The stages, areas of work and target groups as checkboxes, kept as classification
    rows of the page."""

    stages = facet_form_field("stages", required=True)
    work_areas = facet_form_field("work_areas")
    target_groups = facet_form_field("target_groups")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = self.instance.chosen_values()
        for name, facet in FACET_FIELDS.items():
            if not self.is_bound:
                self.initial[name] = chosen[facet]

    def save(self, commit=True):
        self.instance.set_classifications(
            {facet: self.cleaned_data.get(name, []) for name, facet in FACET_FIELDS.items()}
        )
        return super().save(commit=commit)


class PracticePage(FoldedSearchMixin, ZoneMemberMixin, Page):
    country = models.CharField(_("kraj"), max_length=2, choices=PartnerCountry.choices)
    partner_organisation = models.CharField(_("organizacja partnerska"), max_length=255)
    summary = models.TextField(
        _("streszczenie"), help_text=_("Dwa, trzy zdania widoczne na liście praktyk.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("opis praktyki"), blank=True)
    results = StreamField(
        PracticeResultsBlock(), verbose_name=_("rezultaty i kluczowe liczby"), blank=True
    )
    success_factors = RichTextField(
        _("co sprawiło, że się udało"), features=RICH_TEXT_FEATURES, blank=True
    )
    contacts = models.TextField(
        _("kontakt"),
        blank=True,
        help_text=_("Dane kontaktowe organizacji (nie osób prywatnych), w osobnych wierszach."),
    )

    base_form_class = PracticePageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("partner_organisation")], heading=_("Skąd")
        ),
        MultiFieldPanel(
            [FieldPanel("stages"), FieldPanel("work_areas"), FieldPanel("target_groups")],
            heading=_("Czego dotyczy"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("results"),
        FieldPanel("success_factors"),
        FieldPanel("contacts"),
        InlinePanel("materials", label=_("Materiały do pobrania")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("partner_organisation"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
        index.FilterField("country"),
        index.FilterField("first_published_at"),
    ]
    folded_text_fields = ("summary", "partner_organisation", "body", "results", "success_factors")

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    open_graph_type = "article"

    class Meta:
        verbose_name = _("dobra praktyka")
        verbose_name_plural = _("dobre praktyki")

    def chosen_values(self):
        """{facet: [stored values]} in the order of the choices."""
        stored = {(row.facet, row.value) for row in self.classifications.all()}
        return {
            facet: [value for value in choices.values if (facet, value) in stored]
            for facet, choices in FACET_CHOICES.items()
        }

    def set_classifications(self, chosen):
        """Replaces the stages, areas and target groups with `chosen` ({facet: values})."""
        self.classifications = [
            PracticeClassification(facet=facet, value=value)
            for facet, values in chosen.items()
            for value in values
        ]

    def labels(self, facet):
        choices = FACET_CHOICES[facet]
        return [choices(value).label for value in self.chosen_values()[facet]]

    def stage_labels(self):
        return self.labels(Facet.STAGE)

    def work_area_labels(self):
        return self.labels(Facet.WORK_AREA)

    def target_group_labels(self):
        return self.labels(Facet.TARGET_GROUP)

    @cached_property
    def downloads(self):
        return list(self.materials.select_related("document"))


class CompendiumFile(models.Model):
    """The whole compendium of one language version as a PDF, rebuilt in the background when
    a practice is published or withdrawn; kept apart from the page, so a revision never
    brings back an old file. `changes_waiting` says a rebuild is due: set with each change,
    in its transaction, and cleared by the one rebuild that takes them all in."""

    index = models.OneToOneField(
        PracticeIndexPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("kompendium")
    )
    file = models.FileField(_("plik"), upload_to="kompendium/", blank=True)
    language = models.CharField(_("język"), max_length=8)
    practice_count = models.PositiveIntegerField(_("liczba praktyk"), default=0)
    built_at = models.DateTimeField(_("utworzono"), null=True, blank=True)
    changes_waiting = models.BooleanField(_("czeka na przebudowę"), default=False)

    class Meta:
        verbose_name = _("plik kompendium")
        verbose_name_plural = _("pliki kompendium")

    def __str__(self):
        return self.file.name


class PracticeProposal(models.Model):
    """Who proposed a practice through the public form, only so they can be told when it is
    published: erased once they are told, or after PRACTICE_PROPOSAL_RETENTION_DAYS."""

    page = models.OneToOneField(PracticePage, on_delete=models.CASCADE, related_name="proposal")
    email = models.EmailField(_("e-mail zgłaszającego"))
    language = models.CharField(max_length=8)
    consent_at = models.DateTimeField(_("zgoda wyrażona"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("propozycja praktyki")
        verbose_name_plural = _("propozycje praktyk")

    def __str__(self):
        return str(self.page)
