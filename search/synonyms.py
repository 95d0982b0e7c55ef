"""Editors' abbreviations and synonyms applied to a visitor's query, the same on every backend:
where the query's words hold one side of an entry, either side will do ("ZAZ" or "zakład
aktywności zawodowej"); every other word must still match."""

from modelsearch.query import And, Or, PlainText


def keep_words(pairs):
    """Single-word entries, kept in queries however short ("ZW")."""
    return frozenset(side[0] for pair in pairs for side in pair if len(side) == 1)


def expanded_query(terms, pairs):
    """The modelsearch query for the terms, longest listed phrases first."""
    alternatives = {}
    for first, second in pairs:
        alternatives.setdefault(first, set()).add(second)
        alternatives.setdefault(second, set()).add(first)
    parts, position = [], 0
    while position < len(terms):
        for length in range(len(terms) - position, 0, -1):
            run = tuple(terms[position : position + length])
            if run in alternatives:
                sides = [run, *sorted(alternatives[run])]
                parts.append(Or([all_of(side) for side in sides]))
                position += length
                break
        else:
            parts.append(PlainText(terms[position]))
            position += 1
    return parts[0] if len(parts) == 1 else And(parts)


def all_of(words):
    return PlainText(" ".join(words), operator="and")
