"""Tags shared by news and reports."""

from ..text import T

TAGS = [
    {
        "key": "spoldzielnie-socjalne",
        "name": T("spółdzielnie socjalne", "social cooperatives", "соціальні кооперативи"),
    },
    {
        "key": "zatrudnienie-wspomagane",
        "name": T(
            "zatrudnienie wspomagane", "supported employment", "підтримуване працевлаштування"
        ),
    },
    {"key": "trener-pracy", "name": T("trener pracy", "job coaching", "тренер з працевлаштування")},
    {
        "key": "wtz",
        "name": T(
            "warsztaty terapii zajęciowej", "sheltered workshops", "майстерні трудової терапії"
        ),
    },
    {
        "key": "samorzad",
        "name": T("samorząd terytorialny", "local government", "місцеве самоврядування"),
    },
    {
        "key": "uslugi-spoleczne",
        "name": T("usługi społeczne", "social services", "соціальні послуги"),
    },
    {"key": "pracodawcy", "name": T("pracodawcy", "employers", "роботодавці")},
    {
        "key": "wspolpraca-miedzynarodowa",
        "name": T("współpraca międzynarodowa", "international cooperation", "міжнародна співпраця"),
    },
    {"key": "szkolenia", "name": T("szkolenia", "training", "навчання")},
    {
        "key": "badania",
        "name": T("badania i ewaluacja", "research and evaluation", "дослідження та оцінювання"),
    },
]
