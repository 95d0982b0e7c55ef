"""News: the central "Aktualności" index and news items, central or inside a zone."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.feeds import NewsFeedMixin
from portal.core.listings import ListingPageMixin
from portal.core.models import PageTag, RelatedPage, TaggedContentMixin
from portal.core.searchable import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from zones.models import ZoneMemberMixin


class NewsIndexPage(NewsFeedMixin, ListingPageMixin, Page):
    """Lists every news item of its language version, newest first, central and zone news;
    its feeds carry them all."""

    intro = models.TextField(_("wprowadzenie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")

    def news_items(self):
        return NewsPage.listed_in(self.get_parent())

    def listing_items(self, request):
        return self.news_items()

    def news_scope(self):
        return self.get_parent()

    def news_feed_title(self):
        return self.title


class NewsPageTag(PageTag):
    page = ParentalKey("NewsPage", on_delete=models.CASCADE, related_name="tag_links")


class NewsRelatedPage(RelatedPage):
    page = ParentalKey("NewsPage", on_delete=models.CASCADE, related_name="related_links")


class NewsPage(FoldedSearchMixin, TaggedContentMixin, ZoneMemberMixin, Page):
    date = models.DateField(_("data publikacji"), default=timezone.localdate)
    lead = models.TextField(_("zajawka"), help_text=_("Jedno lub dwa zdania widoczne na liście."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ilustracja"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,  # a published news item does not lose its picture
        related_name="+",
    )
    image_alt = models.CharField(
        _("tekst alternatywny ilustracji"),
        max_length=250,
        blank=True,
        help_text=_(
            "Co przedstawia ilustracja, w języku tej strony. Puste: opis z biblioteki obrazów."
        ),
    )
    image_decorative = models.BooleanField(
        _("ilustracja jest tylko dekoracją"),
        default=False,
        help_text=_("Zaznacz, jeśli ilustracja nie niesie informacji; czytniki ekranu ją pominą."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("lead"),
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("image_decorative"),
            ]
        ),
        FieldPanel("body"),
        InlinePanel("tag_links", label=_("Tagi")),
        InlinePanel("related_links", label=_("Polecamy"), max_num=6),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
        index.FilterField("date"),
    ]
    folded_text_fields = ("lead", "body")

    parent_page_types = ["news.NewsIndexPage", "zones.ZonePage"]
    subpage_types = []
    # Link previews show it as an article, with its picture where it has one.
    open_graph_type = "article"

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")

    def clean(self):
        super().clean()
        if self.image and not self.image_decorative and not self.image_alt_text:
            raise ValidationError(
                {
                    "image_alt": _(
                        "Opisz, co przedstawia ilustracja, albo zaznacz, że jest tylko dekoracją."
                    )
                }
            )

    @classmethod
    def listed_in(cls, scope):
        """Live news under the scope (home page or zone), newest first."""
        return (
            cls.objects.live().descendant_of(scope).select_related("image").order_by("-date", "-pk")
        )

    @property
    def image_alt_text(self):
        """What screen readers hear: nothing for a decorative image, else this page's
        description or the one from the image library."""
        if self.image_decorative or self.image is None:
            return ""
        return (self.image_alt or self.image.description).strip()
