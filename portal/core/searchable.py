"""Folded and stemmed copies of a page's title and text (see search.text): what visitors'
queries are matched to on every backend, so "lodz" or "spoldzielni" find news, meetings and
pages as they find reports."""

from django.utils.html import strip_tags
from wagtail.fields import StreamValue
from wagtail.search import index

from search.text import stem

FOLDED_SEARCH_FIELDS = [
    index.SearchField("search_title", boost=4),
    index.SearchField("search_text"),
    index.AutocompleteField("search_title"),
]


class FoldedSearchMixin:
    """Pages listing in `folded_text_fields` the fields their folded text is made of."""

    folded_text_fields = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The engines name a field's column after the class that holds it (and need it to be
        # a model): held by each page model, reports keep columns, and so term statistics,
        # of their own, which news and pages do not dilute.
        for name in ("search_title", "search_text"):
            if name not in cls.__dict__:
                setattr(cls, name, getattr(FoldedSearchMixin, name))

    def search_title(self):
        return stem(self.title)

    def search_text(self):
        parts = []
        for name in self.folded_text_fields:
            value = getattr(self, name)
            if isinstance(value, StreamValue):
                value = " ".join(value.stream_block.get_searchable_content(value))
            parts.append(strip_tags(str(value or "")))
        return stem(" ".join(parts))
