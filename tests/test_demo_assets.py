"""Demo content and its generated assets: PDFs, images and the bilingual data (no Django)."""

import hashlib
import io
import os
import re
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image
from pypdf import PdfReader

from portal.demo import content
from portal.demo.assets import FONT_DIR, make_image, make_pdf
from portal.demo.text import T, written_in
from portal.reports.choices import ReportType

REPO_ROOT = Path(__file__).resolve().parents[1]
POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
BLOCK_TAGS = {"h2", "h3", "p", "ul", "ol", "li"}
INLINE_TAGS = {"b", "i", "a", "span"}
BLOCK_TYPES = {
    "rich_text",
    "key_figures",
    "stages",
    "timeline",
    "training_modules",
    "downloads",
    "partners",
    "call_to_action",
    "quote",
    "video",
}
REPORT_TYPES = set(ReportType.values)
ZONE_KEYS = ["samorzady", "wtz", "biznes", "wspolpraca"]
TODAY = date(2026, 11, 23)

SAMPLE_TITLE = "Spółdzielnie socjalne w Łodzi"
SAMPLE_SECTIONS = [
    (
        "Źródła finansowania spółdzielni socjalnej",
        [
            "Zażółć gęślą jaźń. W województwie łódzkim zatrudnienie wspomagane rozwija się "
            "dzięki spółdzielniom socjalnym – „małym krokom” … •",
            "WIELKIE LITERY: ĄĆĘŁŃÓŚŹŻ, małe litery: ąćęłńóśźż.",
        ],
    ),
]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


# --- PDFs -------------------------------------------------------------------------------


def test_pdf_round_trips_polish_text_with_diacritics():
    text = pdf_text(make_pdf(SAMPLE_TITLE, SAMPLE_SECTIONS, language="pl"))

    for word in ["Łodzi", "Źródła", "spółdzielni", "łódzkim", "Zażółć", "gęślą", "jaźń"]:
        assert word in text
    assert "ĄĆĘŁŃÓŚŹŻ" in text
    assert "ąćęłńóśźż" in text
    assert "„małym krokom”" in text


def test_pdf_carries_title_and_language():
    reader = PdfReader(io.BytesIO(make_pdf(SAMPLE_TITLE, SAMPLE_SECTIONS, language="pl")))

    assert reader.metadata.title == SAMPLE_TITLE
    assert reader.trailer["/Root"]["/Lang"] == "pl"


def test_pdf_wraps_long_text_onto_several_pages():
    paragraph = "Spółdzielnia socjalna zatrudnia osoby z niepełnosprawnościami. " * 40
    sections = [(f"Rozdział {n}", [paragraph, paragraph]) for n in range(1, 5)]
    data = make_pdf(
        "Długi dokument", [*sections, ("Zakończenie", ["Ostatnie zdanie."])], language="pl"
    )

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 1
    assert "Ostatnie zdanie." in reader.pages[-1].extract_text()


def test_pdf_output_is_deterministic_even_across_processes():
    first = make_pdf(SAMPLE_TITLE, SAMPLE_SECTIONS, language="pl")
    assert make_pdf(SAMPLE_TITLE, SAMPLE_SECTIONS, language="pl") == first

    script = (
        "import hashlib\n"
        "from portal.demo.assets import make_pdf\n"
        f"data = make_pdf({SAMPLE_TITLE!r}, {SAMPLE_SECTIONS!r}, language='pl')\n"
        "print(hashlib.sha256(data).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == hashlib.sha256(first).hexdigest()


# --- Images -----------------------------------------------------------------------------


def test_image_is_a_png_of_the_requested_size():
    default = Image.open(io.BytesIO(make_image("start-portalu")))
    assert default.format == "PNG"
    assert default.size == (1200, 675)

    small = make_image("start-portalu", size=(320, 180))
    assert small.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(small)).size == (320, 180)


def test_image_depends_only_on_the_seed():
    assert make_image("a-seed", size=(200, 120)) == make_image("a-seed", size=(200, 120))
    assert make_image("a-seed", size=(200, 120)) != make_image("another", size=(200, 120))


# --- Content ----------------------------------------------------------------------------


def all_texts(value):
    """Every ``T`` anywhere inside ``value``."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_texts(item)


def all_strings(value):
    """Every plain string and both sides of every ``T`` inside ``value``."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_strings(item)


def zone_pages():
    return [page for zone in content.ZONES for page in zone["pages"]]


def pages_with_body():
    return [
        content.HOME,
        *content.ZONES,
        *zone_pages(),
        *content.STANDARD_PAGES,
        *content.NEWS,
        *content.REPORTS,
    ]


def page_keys():
    keyed = [
        *content.ZONES,
        *zone_pages(),
        *content.STANDARD_PAGES,
        content.SIGN_LANGUAGE_PAGE,
        content.EASY_READ,
        content.STATEMENT,
        *content.NEWS,
        *content.REPORTS,
    ]
    return [page["key"] for page in keyed] + ["kontakt"]


def documents():
    return [doc for report in content.REPORTS for doc in report["documents"]]


def blocks():
    for page in pages_with_body():
        yield from page["body"]


class BlockElements(HTMLParser):
    """Collects block elements, tags, links and any text outside a block element."""

    def __init__(self, html: str):
        super().__init__()
        self.blocks: list[str] = []
        self.tags: set[str] = set()
        self.hrefs: list[str | None] = []
        self.stray_text: list[str] = []
        self._depth = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag in BLOCK_TAGS:
            self.blocks.append(tag)
            self._depth += 1
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth == 0 and data.strip():
            self.stray_text.append(data)


def test_rich_text_pairs_have_the_same_block_elements():
    rich_texts = [value for block_type, value in blocks() if block_type == "rich_text"]
    assert rich_texts

    for text in rich_texts:
        pl, en = BlockElements(text.pl), BlockElements(text.en)
        translations = [en, BlockElements(text.uk)] if text.uk else [en]
        for translation in translations:
            assert pl.blocks == translation.blocks, text.en[:80]
            assert pl.hrefs == translation.hrefs, text.en[:80]
        for parsed in (pl, *translations):
            assert parsed.tags <= BLOCK_TAGS | INLINE_TAGS, parsed.tags
            assert not parsed.stray_text, parsed.stray_text
            assert all(href and href.startswith("https://example.org/") for href in parsed.hrefs)
            previous_level = 1
            for tag in parsed.blocks:
                if tag in ("h2", "h3"):
                    level = int(tag[1])
                    assert level <= previous_level + 1, f"{tag} skips a level in {text.en[:80]}"
                    previous_level = level


def test_every_text_has_both_languages_and_plain_fields_have_no_markup():
    texts = list(all_texts([content.TAGS, pages_with_body(), content.CONTACT, content.SITE]))
    assert texts
    for text in texts:
        assert text.pl.strip() and text.en.strip(), text
        assert text.pl == text.pl.strip() and text.en == text.en.strip(), text
        assert text.uk is None or text.uk == text.uk.strip() != "", text

    plain = [content.HOME["intro"]]
    for page in [*content.ZONES, *zone_pages(), *content.STANDARD_PAGES]:
        plain += [page["title"], page["intro"]]
    for item in content.NEWS:
        plain += [item["title"], item["lead"]]
    for report in content.REPORTS:
        plain += [report["title"], report["summary"]]
    for text in plain:
        assert "<" not in text.pl + text.en + (text.uk or ""), text


def test_keys_are_unique_and_every_reference_exists():
    keys = page_keys()
    assert len(keys) == len(set(keys))
    doc_keys = [doc["key"] for doc in documents()]
    assert len(doc_keys) == len(set(doc_keys))
    tag_keys = {tag["key"] for tag in content.TAGS}
    zone_keys = {zone["key"] for zone in content.ZONES}

    for item in [*content.NEWS, *content.REPORTS]:
        assert item["zone"] is None or item["zone"] in zone_keys
        assert set(item["tags"]) <= tag_keys, item["key"]
        assert set(item["related"]) <= set(keys), item["key"]
        assert item["key"] not in item["related"]
    for block_type, value in blocks():
        if block_type == "call_to_action":
            assert value["link_page"] in keys or value["link_url"].startswith("https://")
        if block_type == "downloads":
            assert set(value["documents"]) <= set(doc_keys)


def test_slugs_are_unique_per_language():
    slugged = [
        *content.ZONES,
        *zone_pages(),
        *content.STANDARD_PAGES,
        *content.NEWS,
        *content.REPORTS,
        content.CONTACT,
    ]
    for language in ("pl", "en", "uk"):
        slugs = [getattr(page["slug"], language) for page in slugged]
        slugs = [slug for slug in slugs if slug is not None]
        assert len(slugs) == len(set(slugs)), language
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs), slugs


def test_ukrainian_text_covers_exactly_the_project_information():
    """The loader offers a page in Ukrainian only where every text of its spec has it."""
    zone = next(zone for zone in content.ZONES if zone["key"] == "wspolpraca")
    zone_text = {name: value for name, value in zone.items() if name != "pages"}
    promised = [content.HOME, *content.STANDARD_PAGES, zone_text, *zone["pages"]]
    promised += [content.EVENT_INDEX, content.SITE, content.ORGANISATION_DESCRIPTION]
    promised += [content.EU_FUNDS_LOGOS]
    assert all(written_in(spec, "uk") for spec in promised)
    others = [zone for zone in content.ZONES if zone["key"] != "wspolpraca"]
    others += [*content.NEWS, *content.REPORTS, *content.EVENTS, content.CONTACT]
    others += [content.NEWS_INDEX, content.REPORT_INDEX, content.STATEMENT, content.EASY_READ]
    assert not any(written_in(spec, "uk") for spec in others)
    assert all(written_in(spec, "en") for spec in promised + others)
    assert not written_in([T("tak", "yes", "так"), T("nie", "no")], "uk")


def test_block_types_are_known_and_all_used():
    used = {block_type for block_type, _ in blocks()}
    assert used == BLOCK_TYPES

    about = next(page for page in content.STANDARD_PAGES if page["key"] == "o-projekcie")
    about_types = {block_type for block_type, _ in about["body"]}
    assert {
        "key_figures",
        "stages",
        "timeline",
        "training_modules",
        "quote",
        "call_to_action",
    } <= about_types
    stages = next(value for block_type, value in about["body"] if block_type == "stages")
    assert len(stages["stages"]) == 5
    modules = next(value for block_type, value in about["body"] if block_type == "training_modules")
    assert len(modules["modules"]) == 9


def test_structure_and_counts():
    assert [zone["key"] for zone in content.ZONES] == ZONE_KEYS
    assert all(1 <= len(zone["pages"]) <= 2 for zone in content.ZONES)
    assert 8 <= len(content.TAGS) <= 10
    assert [page["key"] for page in content.STANDARD_PAGES] == ["o-projekcie", "prywatnosc"]

    news_zones = [item["zone"] for item in content.NEWS]
    assert len(content.NEWS) >= 8
    assert news_zones.count(None) >= 5
    assert all(news_zones.count(zone) >= 1 for zone in ZONE_KEYS)

    report_zones = [report["zone"] for report in content.REPORTS]
    assert len(content.REPORTS) >= 10
    assert report_zones.count(None) >= 2
    assert all(report_zones.count(zone) >= 2 for zone in ZONE_KEYS)


def test_dates_types_and_images():
    seeds = [item["image"] for item in content.NEWS if item["image"]]
    assert len(seeds) == len(set(seeds)), "the loader finds existing images by seed"
    for item in content.NEWS:
        assert date.fromisoformat(item["date"]) <= TODAY
        if item["image"]:
            assert item["image_alt"].pl and item["image_alt"].en
    for report in content.REPORTS:
        assert date.fromisoformat(report["publication_date"]) <= TODAY
        assert report["report_type"] in REPORT_TYPES
        assert report["authors"].strip()


def test_reports_on_social_cooperatives():
    on_cooperatives = [r for r in content.REPORTS if "spoldzielnie-socjalne" in r["tags"]]
    assert len(on_cooperatives) >= 3
    assert any(
        re.search(r"spółdzielni[ae]? socjaln", r["title"].pl + " " + r["summary"].pl)
        for r in on_cooperatives
    )


def test_documents_are_well_formed():
    filenames = [doc["filename"] for doc in documents()]
    assert len(filenames) == len(set(filenames))
    titles = [doc["title"] for doc in documents()]
    assert len(titles) == len(set(titles)), "the loader finds existing documents by title"
    for report in content.REPORTS:
        assert 1 <= len(report["documents"]) <= 2, report["key"]
    for doc in documents():
        assert re.fullmatch(r"[a-z0-9-]+\.pdf", doc["filename"])
        assert doc["language"] in ("pl", "en")
        assert doc["title"].strip()
        assert 3 <= len(doc["sections"]) <= 5, doc["key"]
        for heading, paragraphs in doc["sections"]:
            assert heading.strip() and paragraphs and all(p.strip() for p in paragraphs)
        if doc["language"] == "pl":
            text = " ".join(all_strings(doc["sections"]))
            polish_words = {w for w in words(text) if any(c in POLISH_LETTERS for c in w)}
            assert len(polish_words) >= 10, doc["key"]


def test_vendored_fonts_cover_every_character_of_the_documents():
    characters = set()
    for doc in documents():
        characters |= set(doc["title"]) | set("".join(all_strings(doc["sections"])))
    for name in ("DejaVuSans-subset.ttf", "DejaVuSans-Bold-subset.ttf"):
        cmap = TTFont(FONT_DIR / name).getBestCmap()
        missing = {c for c in characters if ord(c) not in cmap}
        assert not missing, (name, missing)


def pdf_only_words() -> dict[str, str]:
    """Document key -> word marked ``# pdf-only: <word>`` next to the document in content/."""
    modules = sorted(Path(content.__file__).parent.glob("*.py"))
    source = "".join(module.read_text(encoding="utf-8") for module in modules)
    return dict(re.findall(r'"key":\s*"([^"]+)",\s*#\s*pdf-only:\s*(\S+)', source))


def test_pdf_only_words_appear_only_in_their_pdf():
    marked = pdf_only_words()
    assert len(marked) >= 2
    reports = {doc["key"]: report for report in content.REPORTS for doc in report["documents"]}
    everything_else = [
        content.TAGS,
        content.HOME,
        content.ZONES,
        content.STANDARD_PAGES,
        content.NEWS,
        content.CONTACT,
        content.SITE,
    ]

    for doc_key, word in marked.items():
        report = reports[doc_key]
        doc = next(doc for doc in report["documents"] if doc["key"] == doc_key)
        assert word in words(" ".join(all_strings(doc["sections"])))

        page_text = " ".join(all_strings([report["title"], report["summary"], report["body"]]))
        assert word.lower() not in page_text.lower()
        other_documents = [d for d in documents() if d["key"] != doc_key]
        elsewhere = " ".join(all_strings([everything_else, other_documents]))
        assert word.lower() not in elsewhere.lower()

        pdf = make_pdf(doc["title"], doc["sections"], language=doc["language"])
        assert word in pdf_text(pdf)


@pytest.mark.parametrize("doc", documents(), ids=lambda doc: doc["key"])
def test_every_document_renders_with_all_its_words_extractable(doc):
    data = make_pdf(doc["title"], doc["sections"], language=doc["language"])

    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == doc["title"]
    expected = words(" ".join([doc["title"], *all_strings(doc["sections"])]))
    missing = expected - words(pdf_text(data))
    assert not missing, missing
