from typing import NamedTuple


class T(NamedTuple):
    """A piece of demo text in Polish and its English translation."""

    pl: str
    en: str
