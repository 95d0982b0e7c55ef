"""StreamField blocks shared by every page family, drawn from the project documents."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from portal.core.rich_text import LANGUAGE_FEATURES, heading_level_errors

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    *LANGUAGE_FEATURES,
]


class HeadingMixin(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Nagłówek"), required=False, max_length=200)


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Liczba"), max_length=30)
    label = blocks.CharBlock(label=_("Opis"), max_length=200)


class KeyFiguresBlock(HeadingMixin):
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Liczby"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Kluczowe liczby")
        template = "core/blocks/key_figures.html"


class StageBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Nazwa etapu"), max_length=200)
    description = blocks.TextBlock(label=_("Opis"))


class StagesBlock(HeadingMixin):
    stages = blocks.ListBlock(StageBlock(), label=_("Etapy"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Etapy (numerowane)")
        template = "core/blocks/stages.html"


class TimelineEntryBlock(blocks.StructBlock):
    when = blocks.CharBlock(label=_("Kiedy"), max_length=100)
    title = blocks.CharBlock(label=_("Tytuł"), max_length=200)
    description = blocks.TextBlock(label=_("Opis"), required=False)


class TimelineBlock(HeadingMixin):
    entries = blocks.ListBlock(TimelineEntryBlock(), label=_("Wydarzenia"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Oś czasu")
        template = "core/blocks/timeline.html"


class TrainingModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tytuł modułu"), max_length=250)
    goals = blocks.TextBlock(label=_("Cele modułu"))
    topics = blocks.ListBlock(blocks.CharBlock(label=_("Temat")), label=_("Tematyka"))


class TrainingModulesBlock(HeadingMixin):
    modules = blocks.ListBlock(TrainingModuleBlock(), label=_("Moduły"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Program szkolenia (moduły)")
        template = "core/blocks/training_modules.html"


class DownloadsBlock(HeadingMixin):
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Dokument")), label=_("Dokumenty"))

    class Meta:
        icon = "download"
        label = _("Pliki do pobrania")
        template = "core/blocks/downloads.html"


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Nazwa"), max_length=200)
    url = blocks.URLBlock(label=_("Adres strony"), required=False)


class PartnersBlock(HeadingMixin):
    partners = blocks.ListBlock(PartnerBlock(), label=_("Partnerzy"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Partnerzy")
        template = "core/blocks/partners.html"


class CallToActionBlock(HeadingMixin):
    text = blocks.TextBlock(label=_("Tekst"), required=False)
    link_page = blocks.PageChooserBlock(label=_("Strona docelowa"), required=False)
    link_url = blocks.URLBlock(label=_("lub adres zewnętrzny"), required=False)
    link_text = blocks.CharBlock(label=_("Tekst przycisku"), max_length=80)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("link_page") and not value.get("link_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"link_page": [_("Wybierz stronę albo podaj adres zewnętrzny.")]}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Wezwanie do działania")
        template = "core/blocks/call_to_action.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Cytat"))
    author = blocks.CharBlock(label=_("Autor"), max_length=150, required=False)
    role = blocks.CharBlock(label=_("Funkcja"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        label = _("Cytat")
        template = "core/blocks/quote.html"


VIDEO_PATTERNS = [
    (re.compile(r"(?:youtube\.com/watch\?v=|youtu\.be/|youtube\.com/embed/)([\w-]{6,})"),
     "https://www.youtube-nocookie.com/embed/{}"),
    (re.compile(r"vimeo\.com/(?:video/)?(\d+)"), "https://player.vimeo.com/video/{}?dnt=1"),
]  # fmt: skip


def video_embed_url(url):
    """The privacy-friendly player address of a YouTube or Vimeo link, or None."""
    for pattern, template in VIDEO_PATTERNS:
        match = pattern.search(url or "")
        if match:
            return template.format(match.group(1))
    return None


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that loads only after the visitor allows external media;
    until then an accessible placeholder says what would load."""

    title = blocks.CharBlock(label=_("Tytuł filmu"))
    url = blocks.URLBlock(label=_("Adres filmu (YouTube lub Vimeo)"))
    transcript = blocks.TextBlock(
        label=_("Transkrypcja lub opis"),
        required=False,
        help_text=_("Tekst dla osób, które nie mogą lub nie chcą obejrzeć filmu."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Podaj adres filmu z YouTube lub Vimeo."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("Film (po zgodzie na media zewnętrzne)")
        template = "core/blocks/video.html"


class SignLanguageVideoBlock(VideoBlock):
    """A recording in Polish Sign Language (PJM); the text version is required, so the
    information reaches people who cannot load or watch the video."""

    transcript = blocks.TextBlock(
        label=_("Tekst tego, co jest mówione w filmie"),
        help_text=_("Tłumaczenie nagrania na tekst, wyświetlane pod filmem."),
    )
    has_captions = blocks.BooleanBlock(
        label=_("Film ma napisy"),
        required=False,
        default=True,
        help_text=_("Zaznacz, jeśli nagranie ma wgrane napisy (w serwisie wideo)."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["sign_language"] = True
        return context

    class Meta:
        icon = "user"
        label = _("Film w polskim języku migowym (PJM)")
        template = "core/blocks/video.html"


EASY_READ_MAX_WORDS = 15
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text):
    return [sentence.strip() for sentence in SENTENCE_END.split(text or "") if sentence.strip()]


def long_sentences(text, limit=EASY_READ_MAX_WORDS):
    """Sentences longer than easy-to-read guidance allows (Inclusion Europe: one idea per
    short sentence)."""
    return [sentence for sentence in split_sentences(text) if len(sentence.split()) > limit]


class EasyReadParagraphBlock(blocks.StructBlock):
    pictogram = ImageBlock(label=_("Piktogram"))
    text = blocks.TextBlock(
        label=_("Tekst"),
        help_text=_("Krótkie zdania, jedna myśl w zdaniu, najwyżej %(words)s słów w zdaniu.")
        % {"words": EASY_READ_MAX_WORDS},
    )

    def clean(self, value):
        value = super().clean(value)
        too_long = long_sentences(value["text"])
        if too_long:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _(
                            "To zdanie jest za długie na tekst łatwy do czytania (więcej niż "
                            "%(words)s słów): „%(sentence)s”. Podziel je na krótsze zdania."
                        )
                        % {"words": EASY_READ_MAX_WORDS, "sentence": too_long[0]}
                    )
                }
            )
        return value


class EasyReadBlock(HeadingMixin):
    """Easy-to-read text: large type, short sentences, a pictogram beside each paragraph."""

    paragraphs = blocks.ListBlock(EasyReadParagraphBlock(), label=_("Akapity"), min_num=1)

    class Meta:
        icon = "user"
        label = _("Tekst łatwy do czytania (ETR)")
        template = "core/blocks/easy_read.html"


class EuFundsBlock(blocks.StaticBlock):
    class Meta:
        icon = "site"
        label = _("Informacja o funduszach UE")
        admin_text = _(
            "Pokazuje logotypy i informację o dofinansowaniu z funduszy UE ustawione "
            "w „Treściach wspólnych witryny”."
        )
        template = "core/blocks/eu_funds.html"


class HeadingOrderStreamBlock(blocks.StreamBlock):
    """Headings inside the stream follow the page title (h1) without skipping a level, so
    screen-reader users can navigate the outline."""

    def clean(self, value):
        value = super().clean(value)
        errors = {} if self.is_deferred_validation else heading_level_errors(value)
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value


class BodyBlock(HeadingOrderStreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Tekst"), template="core/blocks/rich_text.html"
    )
    key_figures = KeyFiguresBlock()
    stages = StagesBlock()
    timeline = TimelineBlock()
    training_modules = TrainingModulesBlock()
    downloads = DownloadsBlock()
    partners = PartnersBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    sign_language_video = SignLanguageVideoBlock()
    easy_read = EasyReadBlock()
    eu_funds = EuFundsBlock()
