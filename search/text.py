"""Text normalisation shared by indexing and querying, so every backend (SQLite FTS5,
PostgreSQL, Elasticsearch) treats Polish the same way.

`fold` drops diacritics, ł included (Unicode does not decompose it), so "lodz" finds "Łódź".
`stem` is a light Polish suffix stripper: "spółdzielni", "spółdzielnia", "spółdzielniach"
all become "spoldzieln". It is not a dictionary stemmer, but it makes the common inflected
forms of a word meet without any backend plug-in.
"""

import re
import unicodedata

EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D"})
WORD = re.compile(r"\w+", re.UNICODE)
MIN_STEM = 4
# Folded endings of Polish nouns and adjectives, longest first ("iach" before "ach").
SUFFIXES = sorted(
    [
        "iach",
        "iami",
        "iom",
        "iow",
        "iowie",
        "iowi",
        "iem",
        "iu",
        "owie",
        "owi",
        "ami",
        "ach",
        "om",
        "ow",
        "ie",
        "ia",
        "ii",
        "ja",
        "je",
        "ji",
        "em",
        "ej",
        "ego",
        "emu",
        "ymi",
        "imi",
        "ych",
        "ich",
        "ym",
        "im",
        "a",
        "e",
        "i",
        "o",
        "u",
        "y",
    ],  # fmt: skip
    key=len,
    reverse=True,
)


def fold(text):
    """Lower-case text without diacritics."""
    text = (text or "").translate(EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def stem_word(word):
    """The light stem of one folded word."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def words(text):
    return WORD.findall(fold(text))


def stem(text):
    """Folded, stemmed words of a text, space-separated: what goes into the index and what a
    query is turned into."""
    return " ".join(stem_word(word) for word in words(text))


def excerpt(text, query, length=260):
    """A passage of `text` around the first word matching the query, with the matching words
    in <mark>; the start of the text when nothing matches."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    text = " ".join((text or "").split())
    stems = [stem_word(word) for word in words(query)]

    def matches(word):
        folded = stem_word(fold(word))
        # A longer form of a query word, or a stem of it; never a short word like "z".
        return any(
            folded.startswith(item) or (len(folded) >= MIN_STEM and item.startswith(folded))
            for item in stems
        )

    hits = [m for m in WORD.finditer(text) if stems and matches(m.group())]
    start = 0
    if hits and hits[0].start() > length // 3:
        start = text.rfind(" ", 0, hits[0].start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    parts, cursor = [], start
    for hit in hits:
        if hit.start() < start or hit.end() > end:
            continue
        parts.append(escape(text[cursor : hit.start()]))
        parts.append(f"<mark>{escape(hit.group())}</mark>")
        cursor = hit.end()
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)
