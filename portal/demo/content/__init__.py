"""Demo content of the portal as plain data, one module per page family.

Every visible text is a ``T(pl, en)`` pair: the loader creates the Polish pages and then
their English translations with wagtail-localize. Facts and figures come from the source
documents of the projects the portal documents (the seeds listed in DESIGN.md); the
wording is new. Keys tie the pieces together: ``related``, ``link_page`` and ``downloads``
refer to the keys of pages and documents defined here.
"""

from .accessibility import EASY_READ, PICTOGRAM_NAMES, SIGN_LANGUAGE_PAGE, STATEMENT
from .events import EVENT_INDEX, EVENTS, ORGANISER
from .news import NEWS, NEWS_INDEX
from .pages import CONTACT, HOME, STANDARD_PAGES
from .practices import PRACTICE_INDEX, PRACTICES
from .reports import REPORT_INDEX, REPORTS, ZONE_REPORT_INDEX
from .site_texts import EU_FUNDS_LOGOS, ORGANISATION_DESCRIPTION, SITE
from .synonyms import SYNONYMS
from .tags import TAGS
from .zones import ZONES

__all__ = [
    "CONTACT",
    "EASY_READ",
    "EU_FUNDS_LOGOS",
    "EVENTS",
    "EVENT_INDEX",
    "HOME",
    "NEWS",
    "NEWS_INDEX",
    "ORGANISATION_DESCRIPTION",
    "ORGANISER",
    "PICTOGRAM_NAMES",
    "PRACTICES",
    "PRACTICE_INDEX",
    "REPORTS",
    "REPORT_INDEX",
    "SIGN_LANGUAGE_PAGE",
    "SITE",
    "STANDARD_PAGES",
    "STATEMENT",
    "SYNONYMS",
    "TAGS",
    "ZONES",
    "ZONE_REPORT_INDEX",
]
