"""Text normalisation shared by indexing and querying, so every backend (SQLite FTS5,
PostgreSQL, OpenSearch, Elasticsearch) treats Polish the same way.

`fold` drops diacritics, ł included (Unicode does not decompose it), so "lodz" finds "Łódź".
`stem` is a light Polish suffix stripper: "spółdzielni", "spółdzielnia", "spółdzielniach"
all become "spoldzieln". It is not a dictionary stemmer, but it makes the common inflected
forms of a word meet without any backend plug-in.

A visitor's query is bounded before any work is done on it (`query_terms`), and an excerpt
reads only the start of a text (`excerpt`), so no query can stall the search.
"""

import functools
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXTRA_FOLDS = {"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D"}
WORD = re.compile(r"\w+", re.UNICODE)
MIN_STEM = 4
# Of a visitor's query only the first MAX_QUERY_LENGTH characters are read, and of those only
# the first MAX_QUERY_TERMS distinct words of MIN_TERM_LENGTH letters or more are searched:
# one- and two-letter words ("w", "z", "na") are in nearly every text and narrow nothing.
MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 10
MIN_TERM_LENGTH = 3
# Words in nearly every text, left out of queries like short words ("wytyczne dla trenerów"
# finds what "wytyczne trenerów" finds); folded, Polish and English.
STOP_WORDS = frozenset(
    [
        "ale",
        "bez",
        "czy",
        "dla",
        "jak",
        "jako",
        "jest",
        "lub",
        "nad",
        "nie",
        "oraz",
        "pod",
        "przez",
        "przy",
        "sie",
        "tak",
        "tego",
        "tej",
        "ten",
        "tych",
        "tym",
        "and",
        "are",
        "for",
        "from",
        "that",
        "the",
        "this",
        "with",
    ]  # fmt: skip
)
# Excerpts are looked for in this many first characters of a report's summary and PDF texts.
EXCERPT_SOURCE_LENGTH = 20_000
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


@functools.cache
def combining_marks():
    """The Basic Multilingual Plane's combining marks as one regular expression, so folding
    drops them without a Python loop over every character (a report's text is indexed in a
    quarter of the time); built on first use, not at start-up."""
    marks = [chr(code) for code in range(0x10000) if unicodedata.combining(chr(code))]
    return re.compile("[" + "".join(re.escape(mark) for mark in marks) + "]+")


def fold(text):
    """Lower-case text without diacritics."""
    text = text or ""
    # One replace a letter: `str.translate` looks every character up in a dictionary, 25 times
    # slower on a report's PDF text.
    for letter, plain in EXTRA_FOLDS.items():
        text = text.replace(letter, plain)
    return combining_marks().sub("", unicodedata.normalize("NFKD", text)).lower()


@functools.lru_cache(maxsize=100_000)  # a text repeats its words; stem each once
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


@functools.lru_cache(maxsize=8)
def stem_once(text):
    """`stem` of a report's whole text, kept for the next few calls: one index write reads
    it for each entry it makes (title, body, autocomplete), and publishing writes twice."""
    return stem(text)


def clean_query(raw):
    """A visitor's query as it is searched, shown and counted: its first MAX_QUERY_LENGTH
    characters without control characters (PostgreSQL cannot store NUL) or invisible format
    characters (a right-to-left override makes it display falsely), spaces collapsed."""
    kept = []
    for character in (raw or "")[:MAX_QUERY_LENGTH]:
        category = unicodedata.category(character)
        if category == "Cc":
            kept.append(" ")
        elif category != "Cf":
            kept.append(character)
    return " ".join("".join(kept).split())


def query_terms(query, keep=frozenset()):
    """The distinct folded stems a visitor's query is searched by, in the order typed: at most
    MAX_QUERY_TERMS of them, none shorter than MIN_TERM_LENGTH letters nor a stop word, except
    those in `keep` (short abbreviations editors listed, such as "ZW")."""
    return list(searched_words(query, keep))


def query_words(query, keep=frozenset()):
    """The words behind `query_terms` as typed, in lower case with their diacritics: what a
    dictionary stemmer needs."""
    return list(searched_words(query, keep).values())


def searched_words(query, keep):
    """{stem: the word as typed} of the words a query is searched by."""
    chosen = {}
    for typed in WORD.findall((query or "")[:MAX_QUERY_LENGTH].lower()):
        word = fold(typed)
        term = stem_word(word)
        skipped = len(word) < MIN_TERM_LENGTH or word in STOP_WORDS
        if (skipped and term not in keep) or term in chosen:
            continue
        chosen[term] = typed
        if len(chosen) == MAX_QUERY_TERMS:
            break
    return chosen


def excerpt(text, query, length=260):
    """A passage of the start of `text` (EXCERPT_SOURCE_LENGTH characters) around the first
    word matching the query, with the matching words in <mark>; the start of the text when
    nothing matches there."""
    text = " ".join((text or "")[:EXCERPT_SOURCE_LENGTH].split())
    stems = query_terms(query)

    def matches(word):
        folded = stem_word(fold(word))
        # A longer form of a query word, or a stem of it; never a short word like "z".
        return any(
            folded.startswith(item) or (len(folded) >= MIN_STEM and item.startswith(folded))
            for item in stems
        )

    first = next((m for m in WORD.finditer(text) if matches(m.group())), None) if stems else None
    start = 0
    if first and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    parts, cursor = [], start
    for hit in WORD.finditer(text, start) if first else ():
        if hit.end() > end:
            break
        if not matches(hit.group()):
            continue
        parts.append(escape(text[cursor : hit.start()]))
        parts.append(f"<mark>{escape(hit.group())}</mark>")
        cursor = hit.end()
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)
