"""The blocks of trainings: a day of a staff training's programme, a module of the training
programme with its self-study materials, and the outcome of a training."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from portal.core.blocks import RICH_TEXT_FEATURES, DownloadsBlock, TrainingModuleBlock
from portal.trainings.choices import ProgrammeItemKind


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Godziny"), max_length=50, help_text=_("Np. 9:00–12:30."))
    kind = blocks.ChoiceBlock(label=_("Rodzaj"), choices=ProgrammeItemKind.choices)
    title = blocks.CharBlock(label=_("Tytuł"), max_length=250)
    place = blocks.CharBlock(label=_("Miejsce"), max_length=250, required=False)
    description = blocks.TextBlock(label=_("Opis"), required=False)


class ProgrammeDayBlock(blocks.StructBlock):
    """One day of a multi-day training; a travel day has no sessions, or only an evening
    one."""

    date = blocks.DateBlock(label=_("Dzień"))
    travel_day = blocks.BooleanBlock(label=_("Dzień podróży"), required=False)
    items = blocks.ListBlock(ProgrammeItemBlock(), label=_("Zajęcia"), min_num=0)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        labels = dict(ProgrammeItemKind.choices)
        context["items"] = [
            {**item, "kind_label": labels.get(item["kind"], item["kind"])}
            for item in value["items"]
        ]
        return context

    class Meta:
        icon = "date"
        label = _("Dzień programu")
        template = "trainings/blocks/programme_day.html"


class ProgrammeBlock(blocks.StreamBlock):
    day = ProgrammeDayBlock()


class ModuleWithMaterialsBlock(TrainingModuleBlock):
    """The shared training module (title, goals, topics) with documents for self-study."""

    materials = blocks.ListBlock(
        DocumentChooserBlock(label=_("Dokument")),
        label=_("Materiały do samodzielnej nauki"),
        min_num=0,
    )

    class Meta:
        icon = "doc-full"
        label = _("Moduł")
        template = "trainings/blocks/module.html"


class ModulesBlock(blocks.StreamBlock):
    module = ModuleWithMaterialsBlock()


class OutcomeBlock(blocks.StreamBlock):
    """What a training left: a short report, photos, materials."""

    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Tekst"), template="core/blocks/rich_text.html"
    )
    photo = ImageBlock(label=_("Zdjęcie"), template="trainings/blocks/photo.html")
    downloads = DownloadsBlock()
