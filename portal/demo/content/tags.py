"""Tags shared by news and reports."""

from ..text import T

TAGS = [
    {"key": "spoldzielnie-socjalne", "name": T("spółdzielnie socjalne", "social cooperatives")},
    {
        "key": "zatrudnienie-wspomagane",
        "name": T("zatrudnienie wspomagane", "supported employment"),
    },
    {"key": "trener-pracy", "name": T("trener pracy", "job coaching")},
    {"key": "wtz", "name": T("warsztaty terapii zajęciowej", "sheltered workshops")},
    {"key": "samorzad", "name": T("samorząd terytorialny", "local government")},
    {"key": "uslugi-spoleczne", "name": T("usługi społeczne", "social services")},
    {"key": "pracodawcy", "name": T("pracodawcy", "employers")},
    {
        "key": "wspolpraca-miedzynarodowa",
        "name": T("współpraca międzynarodowa", "international cooperation"),
    },
    {"key": "szkolenia", "name": T("szkolenia", "training")},
    {"key": "badania", "name": T("badania i ewaluacja", "research and evaluation")},
]
