"""The whole compendium of one language version as a single PDF with a table of contents,
written with fpdf2 (LGPL) and kept in media storage (CompendiumFile)."""

from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.practices.models import CompendiumFile, PracticeIndexPage

FONT_FAMILY = "DejaVuSans"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}


def font_dir():
    """Where the DejaVu fonts are (Debian's fonts-dejavu-core by default): they cover Polish,
    Ukrainian and the other partner languages."""
    return Path(settings.PDF_FONT_DIR)


def stream_text(value):
    """The text of a StreamField value, paragraph by paragraph."""
    parts = []
    for block in value:
        if block.block_type == "key_figures":
            if block.value.get("heading"):
                parts.append(block.value["heading"])
            parts += [f"{item['number']} – {item['label']}" for item in block.value["figures"]]
        else:
            parts += [
                " ".join(strip_tags(text).split())
                for text in block.block.get_searchable_content(block.value)
            ]
    return [part for part in parts if part.strip()]


def rich_text(value):
    return [" ".join(strip_tags(value).split())] if strip_tags(value).strip() else []


def practice_sections(practice):
    """(heading, paragraphs) of one practice, in the order of its page."""
    facts = [
        f"{_('Kraj')}: {practice.get_country_display()}",
        f"{_('Organizacja partnerska')}: {practice.partner_organisation}",
    ]
    for heading, labels in (
        (_("Etapy zatrudnienia wspomaganego"), practice.stage_labels()),
        (_("Obszary pracy trenera pracy"), practice.work_area_labels()),
        (_("Grupy docelowe"), practice.target_group_labels()),
    ):
        if labels:
            facts.append(f"{heading}: {', '.join(str(label) for label in labels)}")
    sections = [(None, facts), (None, [practice.summary])]
    for heading, paragraphs in (
        (_("Opis praktyki"), stream_text(practice.body)),
        (_("Rezultaty"), stream_text(practice.results)),
        (_("Co sprawiło, że się udało"), rich_text(practice.success_factors)),
        (_("Kontakt"), [line for line in practice.contacts.splitlines() if line.strip()]),
        (_("Materiały do pobrania"), [item.label for item in practice.downloads]),
    ):
        if paragraphs:
            sections.append((heading, paragraphs))
    return sections


def render_pdf(index, practices, language, built_at):
    """The compendium's bytes: a title page, the table of contents, one chapter per practice."""
    # Read only when a compendium is written, not by every process that loads the app.
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_creation_date(built_at)
    pdf.set_title(index.title)
    pdf.set_lang(language)
    for style, name in FONT_FILES.items():
        pdf.add_font(FONT_FAMILY, style, font_dir() / name)
    pdf.set_margins(left=20, top=20, right=20)
    pdf.set_auto_page_break(auto=True, margin=20)

    def block(text, *, style="", size=11, line_height=6, after=2):
        pdf.set_font(FONT_FAMILY, style, size)
        pdf.multi_cell(0, line_height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    pdf.add_page()
    block(index.title, style="B", size=22, line_height=11, after=6)
    if index.intro:
        block(index.intro)
    block(
        _("Stan na %(date)s. Praktyk: %(count)s.")
        % {"date": timezone.localtime(built_at).strftime("%d.%m.%Y"), "count": len(practices)},
        size=10,
    )

    def table_of_contents(pdf, outline):
        block(_("Spis treści"), style="B", size=16, line_height=8, after=4)
        pdf.set_font(FONT_FAMILY, "", 11)
        for section in outline:
            link = pdf.add_link(page=section.page_number)
            pdf.cell(
                0,
                7,
                f"{section.name} ... {section.page_number}",
                link=link,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )

    # The contents follow the title on its page; the placeholder ends that page, so the
    # first practice starts on the fresh one it leaves.
    pdf.insert_toc_placeholder(table_of_contents, allow_extra_pages=True)
    for number, practice in enumerate(practices):
        if number:
            pdf.add_page()
        pdf.start_section(practice.title)
        block(practice.title, style="B", size=16, line_height=8, after=3)
        for heading, paragraphs in practice_sections(practice):
            if heading:
                block(heading, style="B", size=13, line_height=7, after=1)
            for paragraph in paragraphs:
                block(paragraph)
    return bytes(pdf.output())


def build_compendium(index):
    """Writes the compendium of `index` (a PracticeIndexPage) in its language and stores it,
    replacing the file before; returns its CompendiumFile."""
    index = PracticeIndexPage.objects.get(pk=index.pk)
    language = index.locale.language_code
    # Before reading: a change committed after this moment asks for another build.
    built_at = timezone.now()
    practices = list(index.practices().order_by("title", "pk").prefetch_related("classifications"))
    with translation.override(language):
        data = render_pdf(index, practices, language, built_at)
    record = CompendiumFile.objects.filter(index=index).first() or CompendiumFile(index=index)
    old_name = record.file.name if record.pk else None
    record.language = language
    record.practice_count = len(practices)
    record.built_at = built_at
    name = f"{slugify(index.slug) or 'kompendium'}-{language}.pdf"
    record.file.save(name, ContentFile(data), save=False)
    record.save()
    if old_name and old_name != record.file.name:
        record.file.storage.delete(old_name)
    return record
