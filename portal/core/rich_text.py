"""Rich-text rules for accessible content: passages marked with their language (WCAG 3.1.2)
and headings that do not skip levels (WCAG 1.3.1)."""

import re

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

# Languages an editor can mark inside a text: the site's two and those of its partners.
MARKED_LANGUAGES = [
    ("en", _("Fragment w języku angielskim")),
    ("pl", _("Fragment w języku polskim")),
    ("de", _("Fragment w języku niemieckim")),
    ("uk", _("Fragment w języku ukraińskim")),
    ("ga", _("Fragment w języku irlandzkim")),
]
LANGUAGE_FEATURES = [f"lang-{code}" for code, _label in MARKED_LANGUAGES]

HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.IGNORECASE | re.DOTALL)
# The page title is the only h1; the stream starts below it.
PAGE_TITLE_LEVEL = 1
BLOCK_HEADING_LEVEL = 2


def rich_text_headings(html):
    return [(int(level), strip_tags(text).strip()) for level, text in HEADING.findall(html)]


def heading_level_errors(stream_value):
    """{block index: error} for rich-text blocks whose headings skip a level, counting the
    headings that other blocks render (h2) and the page title (h1) before them."""
    errors = {}
    previous = PAGE_TITLE_LEVEL
    for index, child in enumerate(stream_value):
        source = getattr(child.value, "source", None)
        if source is None:
            heading = getattr(child.value, "get", lambda _name: None)("heading")
            if heading:
                previous = BLOCK_HEADING_LEVEL
            continue
        for level, text in rich_text_headings(source):
            if level > previous + 1:
                errors[index] = ValidationError(
                    _(
                        "Nagłówek „%(text)s” (H%(level)s) pomija poziom: poprzedni nagłówek "
                        "to H%(previous)s. Użyj nagłówka H%(expected)s."
                    )
                    % {
                        "text": text,
                        "level": level,
                        "previous": previous,
                        "expected": previous + 1,
                    }
                )
                break
            previous = level
    return errors
