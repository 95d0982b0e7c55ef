"""PostgreSQL's full-text search as modelsearch does it, matched through the indexes.

modelsearch matches `title || body @@ query`: an expression no index covers, so every search
reads every index entry of the model (about 110 ms at 10 000 reports, most of a search).
Pages with folded search text (portal.core.searchable) carry their title's words in their body
too, so for them `title @@ query OR body @@ query` finds the same entries, and PostgreSQL
answers it from the GIN indexes on the two columns (about 4 ms).
"""

from django.db.models import F, FloatField, Q, Value
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not, PlainText

from portal.core.searchable import FoldedSearchMixin


class FoldedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.matches_by_index():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(self.get_search_vectors(query), config)
        matching = self.queryset.filter(
            Q(index_entries__title=query) | Q(index_entries__body=query)
        )
        return self._apply_ordering_and_scoring(matching, rank, start, stop, score_field)

    def matches_by_index(self):
        everything = isinstance(self.query, MatchAll) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        )
        return (
            issubclass(self.queryset.model, FoldedSearchMixin)
            and self.fields is None
            and not everything
            and not isinstance(self.query, Fuzzy)
        )


class FoldedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FoldedPostgresSearchQueryCompiler


def entry_scores(found, content_types, ranked):
    """{object id: relevance} of the index entries of `content_types` that match `found`'s
    query, read from the index entries alone (0 when not `ranked`). Ranked as modelsearch
    ranks the title (by its norm, each word of the query apart), plus the body's rank for any
    of the query's words: modelsearch ranks the body for each word apart too, reading the
    whole vector of the body (kilobytes of PDF text, stored out of line) again for each. One
    `ts_rank` for all the words together would weigh every pair of their positions: 0.6 s at
    10 000 reports with PDF text."""
    compiler = found.query_compiler
    config = compiler.get_config(found.backend)
    query = compiler.build_tsquery(compiler.query, config=config)
    if ranked:
        any_word = PlainText(" ".join(dict.fromkeys(words_of(compiler.query))), operator="or")
        score = compiler.build_tsrank(F("title"), compiler.query, config=config) * F(
            "title_norm"
        ) + compiler.build_tsrank(F("body"), any_word, config=config)
    else:
        score = Value(0.0, output_field=FloatField())
    entries = IndexEntry.objects.filter(
        Q(title=query) | Q(body=query),
        content_type__in=content_types,
    )
    rows = entries.annotate(score=score).values_list("object_id", "score")
    return {int(pk): value for pk, value in rows}


def words_of(query):
    """The words of a query of words (search.synonyms.expanded_query), in their order."""
    if isinstance(query, PlainText):
        return query.query_string.split()
    return [word for part in query.subqueries for word in words_of(part)]
