from typing import NamedTuple


class T(NamedTuple):
    """A piece of demo text in Polish, its English translation and, for the pages the demo
    offers in Ukrainian, its Ukrainian one."""

    pl: str
    en: str
    uk: str | None = None


def written_in(value, language):
    """Whether every T inside `value` (a page's spec, a block, a list) has text in
    `language`: only then can the page be offered in it without Polish text showing
    through."""
    if isinstance(value, T):
        return bool(getattr(value, language, None))
    if isinstance(value, dict):
        return all(written_in(item, language) for item in value.values())
    if isinstance(value, list | tuple):
        return all(written_in(item, language) for item in value)
    return True
