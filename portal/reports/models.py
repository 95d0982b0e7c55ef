"""Research reports ("Badania i analizy") with their attached documents."""

import re

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.languages import configured_languages
from portal.core.listings import ListingPageMixin
from portal.core.models import PageTag, RelatedPage, TaggedContentMixin
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from portal.core.seo import absolute_url, page_description, publisher
from portal.reports.choices import ReportType, UnreadableReason
from portal.reports.panels import UnreadableDocumentsPanel
from search.text import stem_once
from zones.models import ZoneMemberMixin, ZonePage


class ReportIndexPage(ListingPageMixin, ZoneMemberMixin, Page):
    """Inside a zone: that zone's reports. Under the home page: the reports of the whole
    language version, zones included."""

    intro = models.TextField(_("wprowadzenie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "zones.ZonePage"]
    subpage_types = ["reports.ReportPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista raportów")
        verbose_name_plural = _("listy raportów")

    def reports(self):
        parent = self.get_parent()
        return ReportPage.listed_in(self if parent.specific_class is ZonePage else parent)

    def listing_items(self, request):
        return self.reports()


class ReportPageTag(PageTag):
    page = ParentalKey("ReportPage", on_delete=models.CASCADE, related_name="tag_links")


class ReportRelatedPage(RelatedPage):
    page = ParentalKey("ReportPage", on_delete=models.CASCADE, related_name="related_links")


class DocumentTextQuerySet(models.QuerySet):
    def unreadable(self):
        """Files that gave no text, each with the reason."""
        return self.exclude(unreadable_reason="")


class DocumentText(models.Model):
    """The text of an uploaded PDF, extracted once at upload, so reports are found by words
    that appear only inside their files. A file that gave no text keeps the reason here."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="extracted_text"
    )
    text = models.TextField(blank=True)
    unreadable_reason = models.CharField(
        _("powód braku tekstu"), max_length=20, choices=UnreadableReason.choices, blank=True
    )
    file_name = models.CharField(max_length=255, blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    objects = DocumentTextQuerySet.as_manager()

    class Meta:
        verbose_name = _("tekst dokumentu")
        verbose_name_plural = _("teksty dokumentów")

    def __str__(self):
        return self.file_name


class ReportDocument(Orderable):
    """A file of the report (full text, annex, English version) with the language it is in."""

    page = ParentalKey("ReportPage", on_delete=models.CASCADE, related_name="documents")
    # A report's file cannot be deleted from under it: Wagtail's delete views refuse and
    # name the report (they read PROTECT from the reference index).
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
        help_text=_("Np. „Pełny tekst raportu”. Puste: tytuł dokumentu z biblioteki."),
    )
    language = models.CharField(_("język dokumentu"), max_length=8, choices=configured_languages)
    accessible = models.BooleanField(
        _("wersja dostępna cyfrowo"),
        default=False,
        help_text=_(
            "Zaznacz, jeśli plik spełnia wymagania dostępności (np. PDF z tagami, "
            "opisanymi obrazami i kolejnością czytania)."
        ),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldPanel("language"),
        FieldPanel("accessible"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("dokument raportu")
        verbose_name_plural = _("dokumenty raportu")

    @property
    def label(self):
        return self.title or self.document.title


# Words that make an author an organisation rather than a person (Polish and English).
ORGANISATION_WORDS = re.compile(
    r"\b(instytut|fundacj|stowarzyszeni|uniwersytet|centrum|ośrod|zesp[oó]ł|urząd|urzęd"
    r"|ministerstw|spółdzielni|agencj|biur|regionaln|państwow|krajow|institute|foundation"
    r"|association|university|cent(er|re)|team|office|ministry|agency|department|council)",
    re.IGNORECASE,
)
PERSON_NAME = re.compile(r"^(\w[\w'’.-]*\s+){1,3}\w[\w'’.-]*$")


def schema_authors(authors):
    """The authors field (names separated by commas or semicolons) as schema.org Person and
    Organization entries: a name of two to four capitalised words is a person's, unless it
    holds a word such as "Instytut" or "Fundacja"."""
    found = []
    for name in re.split(r"[,;\n]", authors):
        name = " ".join(name.split())
        if not name:
            continue
        words = name.split()
        person = (
            PERSON_NAME.match(name)
            and all(word[0].isupper() and not word.isupper() for word in words)
            and not ORGANISATION_WORDS.search(name)
        )
        found.append({"@type": "Person" if person else "Organization", "name": name})
    return found


class ReportPage(FoldedSearchMixin, TaggedContentMixin, ZoneMemberMixin, Page):
    publication_date = models.DateField(_("data publikacji"), default=timezone.localdate)
    authors = models.CharField(_("autorzy"), max_length=500, blank=True)
    report_type = models.CharField(
        _("rodzaj publikacji"), max_length=20, choices=ReportType.choices, default=ReportType.REPORT
    )
    summary = models.TextField(_("streszczenie"))
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)
    # Kept on the row, from the date and the place in the tree (empty zone: a central report),
    # so the search can filter and count reports by year and zone in the database or the engine.
    publication_year = models.PositiveSmallIntegerField(editable=False, db_index=True)
    filed_in_zone = models.ForeignKey(
        "zones.ZonePage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        UnreadableDocumentsPanel(),
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("authors"), FieldPanel("report_type")],
            heading=_("Metryka"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Dokumenty (PDF)"), min_num=1),
        InlinePanel("tag_links", label=_("Tagi")),
        InlinePanel("related_links", label=_("Polecamy"), max_num=6),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
        index.FilterField("publication_date"),
        index.FilterField("report_type"),
        index.FilterField("publication_year"),
        index.FilterField("filed_in_zone"),
        index.RelatedFields("tag_links", [index.FilterField("tag")]),
        index.RelatedFields("documents", [index.FilterField("language")]),
    ]

    parent_page_types = ["reports.ReportIndexPage"]
    subpage_types = []
    # Link previews show it as an article, with its picture where it has one.
    open_graph_type = "article"

    class Meta:
        verbose_name = _("raport")
        verbose_name_plural = _("raporty")

    def save(self, *args, **kwargs):
        self.publication_year = self.publication_date.year
        # Saves of a few columns (revisions, locks) do not move the page.
        if kwargs.get("update_fields") is None:
            self.filed_in_zone = ZonePage.objects.ancestor_of(self).first()
        return super().save(*args, **kwargs)

    @classmethod
    def listed_in(cls, scope):
        """Live reports under the scope (home page, zone or report list), newest first."""
        return cls.objects.live().descendant_of(scope).order_by("-publication_date", "-pk")

    @cached_property
    def downloads(self):
        """The attached documents with their files, read once for the page's list of
        downloads and its note on accessible versions."""
        return list(self.documents.select_related("document"))

    def has_accessible_document(self):
        return any(item.accessible for item in self.downloads)

    def unreadable_documents(self):
        """The attached files that gave no text, so the report is not found by their words."""
        document_ids = self.documents.values_list("document_id", flat=True)
        return (
            DocumentText.objects.unreadable()
            .filter(document_id__in=list(document_ids))
            .select_related("document")
        )

    def pdf_text(self):
        """The text of the report's files; read once per instance and set of files, as an
        index write asks for it for each of its entries (title, body, autocomplete)."""
        document_ids = tuple(link.document_id for link in self.documents.all())
        read = getattr(self, "_pdf_text", None)
        if read is None or read[0] != document_ids:
            texts = DocumentText.objects.filter(document_id__in=document_ids).order_by("pk")
            read = (document_ids, "\n".join(texts.values_list("text", flat=True)))
            self._pdf_text = read
        return read[1]

    def structured_data(self, request):
        """schema.org's Report for search engines, with its files as the encodings."""
        data = {
            "@type": "Report",
            "headline": self.title,
            "name": self.title,
            "description": page_description(self),
            "abstract": self.summary,
            "datePublished": self.publication_date.isoformat(),
            "genre": str(self.get_report_type_display()),
            "publisher": publisher(request),
            "encoding": [
                {
                    "@type": "MediaObject",
                    "name": item.label,
                    "contentUrl": absolute_url(request, item.document.url),
                    "encodingFormat": item.document.content_type,
                    "inLanguage": item.language,
                }
                for item in self.downloads
            ],
        }
        authors = schema_authors(self.authors)
        if authors:
            data["author"] = authors
        return data

    def search_text(self):
        """Stemmed once per instance and content: an index write reads it for each column it
        fills (five on PostgreSQL), and joining and looking up the whole text again each
        time took a third of `update_index`."""
        body = strip_tags(" ".join(self.body.stream_block.get_searchable_content(self.body)))
        content = (self.summary, self.authors, body, self.pdf_text())
        stemmed = getattr(self, "_search_text", None)
        if stemmed is None or stemmed[0] != content:
            stemmed = (content, stem_once(" ".join(content)))
            self._search_text = stemmed
        return stemmed[1]
