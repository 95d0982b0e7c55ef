from typing import NamedTuple


class T(NamedTuple):
    """A piece of demo text in Polish, its English translation and, for the pages the demo
    offers in Ukrainian, its Ukrainian one."""

    pl: str
    en: str
    uk: str | None = None
