"""Public-sector accessibility duties: the accessibility statement and its yearly review,
easy-to-read and sign-language information, the plain-text file, EU-funds information,
documents, images, heading order and language marks in rich text."""

import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.models import Page
from wagtail.rich_text import RichText, features

from home.models import StandardPage
from portal.accessibility.choices import AssessmentMethod, ComplianceStatus
from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
from portal.core.blocks import (
    RICH_TEXT_FEATURES,
    BodyBlock,
    EasyReadParagraphBlock,
    SignLanguageVideoBlock,
)
from portal.core.models import EuFundsPlacement, SiteContent
from portal.news.models import NewsPage
from portal.reports.models import ReportPage
from tests import factories
from tests.tree import portal_fixture

pytestmark = pytest.mark.django_db

# What the statement tests check, set on the statement they read.
STATEMENT = {
    "site_published_on": date(2025, 9, 22),
    "site_updated_on": date(2026, 10, 14),
    "prepared_on": date(2025, 9, 30),
    "reviewed_on": date(2026, 10, 14),
    "contact_email": "dostepnosc@example.org",
    "contact_phone": "+48 22 123 45 67",
}

# One page of every type, in Polish and English, with the accessibility pages and texts.
portal = portal_fixture(english=True, content=True, statement=STATEMENT)

# The ids the Ministry of Digital Affairs' technical conditions (v2.0, 2024) give the elements
# of a statement; monitoring tools and the public validator look for them.
STATEMENT_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]
DATE_IDS = ["a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie"]


class Elements(HTMLParser):
    """Start tags with their attributes, in document order."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def by_id(self):
        return {attrs["id"]: (tag, attrs) for tag, attrs in self.tags if attrs.get("id")}


def statement(language="pl"):
    return AccessibilityStatementPage.objects.get(locale__language_code=language)


def html_of(client, page_or_url):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# The statement ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["pl", "en"])
def test_statement_has_every_prescribed_element_with_machine_readable_dates(
    client, portal, language
):
    page = statement(language)
    html = html_of(client, page)
    elements = Elements(html).by_id()
    missing = [element_id for element_id in STATEMENT_IDS if element_id not in elements]
    assert not missing, f"statement ({language}) lacks {missing}"
    for element_id in DATE_IDS:
        tag, attrs = elements[element_id]
        assert tag == "time" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", attrs["datetime"])
    assert elements["a11y-data-publikacja"][1]["datetime"] == "2025-09-22"
    assert elements["a11y-url"][1]["href"].startswith("http")
    assert elements["a11y-email"][1]["href"] == "mailto:dostepnosc@example.org"
    assert elements["a11y-telefon"][1]["href"] == "tel:+48221234567"
    # The status is said in the page's language.
    status = re.search(r'id="a11y-status">([^<]+)<', html).group(1)
    assert status == {"pl": "częściowo zgodna", "en": "partially compliant"}[language]


def test_one_statement_per_language_version(portal):
    for language in ("pl", "en"):
        page = statement(language)
        assert page.live
        assert not AccessibilityStatementPage.can_create_at(page.get_parent())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"site_updated_on": date(2025, 1, 1)}, "site_updated_on"),
        ({"reviewed_on": date(2025, 9, 1)}, "reviewed_on"),
        ({"prepared_on": date(2099, 1, 1), "reviewed_on": date(2099, 1, 2)}, "prepared_on"),
        (
            {"status": ComplianceStatus.NON_COMPLIANT, "inaccessible_content": ""},
            "inaccessible_content",
        ),
        ({"assessment": AssessmentMethod.AUDIT, "auditor": ""}, "auditor"),
    ],
)
def test_statement_refuses_inconsistent_data(portal, changes, field):
    page = statement()
    for name, value in changes.items():
        setattr(page, name, value)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict


def test_audited_statement_names_the_auditor(client, portal):
    page = statement()
    page.assessment = AssessmentMethod.AUDIT
    page.auditor = "Pracownia Dostępności Przykład"
    page.full_clean()
    page.save_revision().publish()
    html = html_of(client, page)
    assert '<span id="a11y-audytor">Pracownia Dostępności Przykład</span>' in html


def test_yearly_review_reminder(client, admin_client, portal):
    page = statement()
    assert page.review_deadline == date(2027, 3, 31)
    assert not page.review_is_due(date(2027, 1, 29))
    assert page.review_is_due(date(2027, 1, 31))
    assert page.review_is_due(date(2027, 4, 1))

    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Przegląd deklaracji dostępności" not in dashboard

    AccessibilityStatementPage.objects.filter(pk=page.pk).update(reviewed_on=date(2025, 2, 1))
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Przegląd deklaracji dostępności" in dashboard
    assert "minął 31 marca 2026" in dashboard
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in dashboard

    edit_form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Termin corocznego przeglądu deklaracji dostępności minął" in edit_form.content.decode()


# Footer, meta tag, plain-text file ------------------------------------------------------


FOOTER_LINKS = {
    "pl": [
        "Deklaracja dostępności",
        "Informacje w tekście łatwym do czytania",
        "Informacje w polskim języku migowym",
        "Informacje o nas w pliku tekstowym",
    ],
    "en": [
        "Accessibility statement",
        "Easy-to-read information",
        "Information in Polish Sign Language",
        "About us in a plain-text file",
    ],
}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_page_type_links_to_the_statement_and_accessible_information(
    client, portal, language
):
    statement_url = statement(language).url
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    checked = set()
    for page in pages.specific().order_by("path"):
        if type(page) in checked:
            continue
        checked.add(type(page))
        html = html_of(client, page)
        footer = re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)
        for text in FOOTER_LINKS[language]:
            assert text in footer, f"{page.url}: no footer link {text!r}"
        assert f'href="{statement_url}"' in footer
        assert re.search(r"\(TXT, [\d,.]+\xa0(bajtów|KB|bytes)\)", footer), page.url
        meta = re.search(r'<meta name="deklaracja-dostępności" content="([^"]+)">', html)
        assert meta and meta.group(1).endswith(statement_url), page.url
    assert len(checked) >= 12


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ["Fundacja „Wspólna Praca”", "Telefon: +48 22", "Deklaracja dostępności: http"]),
        ("en", ["Wspólna Praca Foundation", "Phone: +48 22", "Accessibility statement: http"]),
    ],
)  # fmt: skip
def test_plain_text_file_describes_the_organisation(client, portal, language, expected):
    response = client.get(f"/{language}/informacje-o-nas.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode("utf-8")
    for line in expected:
        assert line in text
    assert "<" not in text and "&quot;" not in text
    assert f"{statement(language).url}\n" in text
    assert re.search(r": https?://\S+/(tekst-latwy-do-czytania|easy-to-read)/\n", text)


# EU funds --------------------------------------------------------------------------------


def test_eu_funds_strip_in_the_footer_or_where_editors_put_the_block(client, portal):
    site = SiteContent.objects.get(locale__language_code="pl")
    site.eu_funds_statement = (
        "Portal jest współfinansowany ze środków Europejskiego Funduszu Społecznego Plus."
    )
    site.eu_funds_logos = factories.eu_funds_logos(
        "Fundusze Europejskie dla Rozwoju Społecznego, Rzeczpospolita Polska, Dofinansowane "
        "przez Unię Europejską"
    )
    site.save()
    about = StandardPage.objects.get(locale__language_code="pl", slug="o-projekcie")
    html = html_of(client, about)
    strip = re.search(r'<section class="eu-funds".*?</section>', html, re.S).group(0)
    assert 'alt="Fundusze Europejskie dla Rozwoju Społecznego, Rzeczpospolita Polska' in strip
    assert "Europejskiego Funduszu Społecznego Plus" in strip

    site.eu_funds_placement = EuFundsPlacement.BLOCKS
    site.save()
    assert 'class="eu-funds"' not in html_of(client, about)

    about.body.append(("eu_funds", None))
    about.save_revision().publish()
    html = html_of(client, about)
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    assert 'class="eu-funds"' in main
    assert 'class="eu-funds"' not in re.search(r"<footer.*?</footer>", html, re.S).group(0)


# Easy-to-read and sign-language content -------------------------------------------------


@pytest.mark.parametrize("language", ["pl", "en"])
def test_easy_to_read_page_has_a_pictogram_beside_each_short_paragraph(client, portal, language):
    page = EasyReadPage.objects.get(locale__language_code=language)
    html = html_of(client, page)
    items = re.findall(r'<li class="easy-read__item">(.*?)</li>', html, re.S)
    paragraphs = sum(len(section.value["paragraphs"]) for section in page.body)
    assert paragraphs >= 2 and len(items) == paragraphs
    for item in items:
        assert re.search(r'<img alt="" [^>]*class="easy-read__pictogram"', item), item
        # One sentence per line.
        text = re.search(r'<p class="easy-read__text">(.*?)</p>', item, re.S).group(1)
        lines = text.split("<br>")
        assert len(lines) >= 2, text
        for line in lines:
            line = line.strip()
            assert line[-1] in ".!?" and not re.search(r"[.!?]\s", line), f"{line!r}"
    block = EasyReadParagraphBlock()
    for section in page.body:
        for paragraph in section.value["paragraphs"]:
            block.clean(paragraph)  # the page's own text meets the sentence limit


def test_easy_to_read_refuses_long_sentences(portal):
    pictogram = EasyReadPage.objects.first().body[0].value["paragraphs"][0]["pictogram"]
    block = EasyReadParagraphBlock()
    value = block.to_python({"pictogram": {"image": pictogram.pk, "decorative": True}})
    value["text"] = (
        "To jest bardzo długie zdanie, które ma znacznie więcej niż piętnaście słów, bo "
        "opisuje wiele rzeczy naraz i trudno je zrozumieć za jednym razem. Krótkie zdanie."
    )
    with translation.override("pl"), pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "za długie" in str(error.value.block_errors["text"].messages)


def test_sign_language_video_needs_its_text_version_and_waits_for_consent(client, portal):
    block = SignLanguageVideoBlock()
    value = block.to_python(
        {"title": "PJM", "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "transcript": ""}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "transcript" in error.value.block_errors

    page = SiteContent.objects.get(locale__language_code="pl").sign_language_page
    html = html_of(client, page.specific)
    assert "Film w polskim języku migowym (PJM)" in html and "z napisami" in html
    assert "<iframe" not in html.split("<template")[0], "the video loaded before consent"
    assert re.search(r"<details open><summary>Treść filmu w tekście</summary>", html)


# Documents, images, headings, language marks --------------------------------------------


# Its files are changed behind the page's back (a query's update, no save): not cached.
@pytest.mark.usefixtures("page_cache_off")
def test_report_page_gives_summary_first_then_files_with_format_size_and_language(client, portal):
    report = ReportPage.objects.filter(locale__language_code="pl").order_by("path").first()
    first = report.documents.first()
    first.accessible = True
    first.title = "Pełny tekst raportu"
    first.save()
    html = html_of(client, report)
    assert html.index("Streszczenie") < html.index("Pełny tekst do pobrania")
    link = re.search(r'<a href="[^"]+"[^>]*>Pełny tekst raportu</a>(.*?)</li>', html, re.S)
    assert link, "the document's own title on the page"
    assert re.search(
        r'<span class="file-info">\(PDF, [\d,]+\xa0(KB|MB|bajtów)\)</span>', link.group(1)
    )
    assert "język: polski" in link.group(1) and "wersja dostępna cyfrowo" in link.group(1)
    assert "Potrzebujesz tego dokumentu w wersji dostępnej" not in html

    report.documents.update(accessible=False)
    assert "Potrzebujesz tego dokumentu w wersji dostępnej" in html_of(client, report)


def test_news_image_needs_alt_text_or_an_explicit_decorative_choice(client, portal):
    news = next(item for item in NewsPage.objects.filter(locale__language_code="pl") if item.image)
    news.image_alt = ""
    news.image.description = ""
    news.image.save()
    with pytest.raises(ValidationError) as error:
        news.full_clean()
    assert "image_alt" in error.value.message_dict

    news.image_decorative = True
    news.full_clean()
    news.save_revision().publish()
    html = html_of(client, news)
    figure = re.search(r'<figure class="article-image">(.*?)</figure>', html, re.S).group(1)
    assert re.search(r'<img alt="" ', figure)


def rich(html):
    return ("rich_text", RichText(html))


@pytest.mark.parametrize(
    ("stream", "bad_index"),
    [
        ([rich("<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2>")], None),
        ([rich("<h3>Za głęboko</h3>")], 0),
        ([rich("<h2>A</h2>"), rich("<h4>Pominięty H3</h4>")], 1),
        ([("quote", {"quote": "Q", "author": "", "role": ""}), rich("<h3>X</h3>")], 1),
        (
            [("key_figures", {"heading": "Liczby", "figures": [{"number": "1", "label": "L"}]}),
             rich("<h3>Pod H2 bloku</h3>")],
            None,
        ),
    ],
)  # fmt: skip
def test_rich_text_headings_cannot_skip_levels(stream, bad_index):
    block = BodyBlock()
    value = block.to_python([])
    for block_type, item in stream:
        child = block.child_blocks[block_type]
        value.append((block_type, item if isinstance(item, RichText) else child.to_python(item)))
    if bad_index is None:
        block.clean(value)
        return
    with translation.override("pl"), pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert list(error.value.block_errors) == [bad_index]
    assert "pomija poziom" in error.value.block_errors[bad_index].messages[0]


def test_editor_can_mark_a_passage_in_another_language(client, portal):
    assert {"lang-en", "lang-de", "lang-uk"} <= set(RICH_TEXT_FEATURES)
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "depth": 0,
                "text": "Program nazywa się Supported Employment.",
                "inlineStyleRanges": [{"offset": 19, "length": 20, "style": "LANG_EN"}],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
    stored = converter.to_database_format(json.dumps(contentstate))
    marked = '<span lang="en">Supported Employment</span>'
    assert stored == f'<p data-block-key="a1">Program nazywa się {marked}.</p>'
    # ...and the editor gets the mark back when the text is opened again.
    reopened = json.loads(converter.from_database_format(stored))
    assert (
        reopened["blocks"][0]["inlineStyleRanges"] == contentstate["blocks"][0]["inlineStyleRanges"]
    )
    assert features.get_editor_plugin("draftail", "lang-en") is not None

    hiring = factories.StandardPageFactory(
        parent=portal.home,
        body=[
            {
                "type": "rich_text",
                "value": '<p>Model <span lang="en">supported employment</span> w Polsce.</p>',
            }
        ],
    )
    assert '<span lang="en">supported employment</span>' in html_of(client, hiring)

    about = StandardPage.objects.get(locale__language_code="pl", slug="o-projekcie")
    about.body.append(("rich_text", RichText(stored)))
    about.save_revision().publish()
    assert '<span lang="en">Supported Employment</span>' in html_of(client, about)


NEW_WINDOW_WORDS = ("nowym oknie", "new window", "nowej karcie", "new tab")


def images_and_document_links(html, url):
    """Checks a page: images carry an alt attribute (empty for decoration), document links say
    format and size, and no link opens a new window without saying so. Returns how many
    images and document links it checked."""
    images = documents = 0
    for tag, attrs in Elements(html).tags:
        if tag == "img":
            images += 1
            assert "alt" in attrs, f"{url}: <img src={attrs.get('src')}> without alt"
    for link in re.finditer(r"<a\b([^>]*)>(.*?)</a>(.{0,60})", html, re.S):
        attributes, text, after = link.groups()
        if 'target="_blank"' in attributes:
            assert any(word in text for word in NEW_WINDOW_WORDS), f"{url}: {text}"
        if 'href="/documents/' in attributes:
            documents += 1
            assert re.match(r'\s*<span class="file-info">\([A-Z]+, [^)]+\)', after), (
                f"{url}: document link {text!r} without format and size"
            )
    return images, documents


@pytest.mark.parametrize("language", ["pl", "en"])
def test_whole_site_images_have_alt_and_links_say_what_they_open(client, portal, language):
    """Every live page, one of each type (the demo's every page: tests/test_demo_content.py)."""
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific()
    assert len({type(page) for page in pages}) >= 12
    images = documents = 0
    for page in pages.order_by("path"):
        found = images_and_document_links(html_of(client, page.url), page.url)
        images, documents = images + found[0], documents + found[1]
    assert images and documents, "the pages show pictures and link documents"
