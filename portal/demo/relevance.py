"""How good the report search's first five results are on the demo content: a judged set of
queries, each with the reports a reader expects among the first five, scored by recall@5 and
mean reciprocal rank. The tests hold the figures at their floors; `benchmark_search` prints
them for the configured backend.

Judgements name demo reports by their key (portal/demo/content/reports.py). Queries are
what people type: base and inflected forms, without diacritics, abbreviations the editors
listed, words that appear only in a report's PDF, English on the English site, and typos.
"""

from dataclasses import dataclass

from portal.demo import content

TOP = 5

# (language, query, keys of the reports expected among the first five)
JUDGED_QUERIES = [
    ("pl", "trener pracy", ["r-wytyczne-trener-pracy", "r-koszty-trenera"]),
    ("pl", "trenera pracy", ["r-wytyczne-trener-pracy", "r-koszty-trenera"]),
    (
        "pl",
        "trenerzy pracy",
        [
            "r-wytyczne-trener-pracy",
            "r-koszty-trenera",
            "r-ewaluacja-produktu",
            "r-biznes-pracodawcy",
        ],
    ),
    ("pl", "job coach", ["r-wytyczne-trener-pracy", "r-koszty-trenera"]),
    ("pl", "wytyczne dla trenerów", ["r-wytyczne-trener-pracy"]),
    ("pl", "koszty trenera pracy", ["r-koszty-trenera"]),
    ("pl", "koszty zatrudnienia", ["r-koszty-trenera"]),
    ("pl", "pozapłacowymi", ["r-koszty-trenera"]),
    ("pl", "pozaplacowymi", ["r-koszty-trenera"]),
    ("pl", "urzędy pracy", ["r-urzedy-pracy"]),
    ("pl", "urzedow pracy", ["r-urzedy-pracy"]),
    ("pl", "szkolenie pracowników urzędów", ["r-urzedy-pracy"]),
    (
        "pl",
        "spółdzielnie socjalne",
        [
            "r-samorzady-spoldzielnie",
            "r-wtz-model-spoldzielni",
            "r-wtz-ekspertyza-prawna",
            "r-biznes-zakupy",
        ],
    ),
    (
        "pl",
        "spoldzielnia socjalna",
        [
            "r-samorzady-spoldzielnie",
            "r-wtz-model-spoldzielni",
            "r-wtz-ekspertyza-prawna",
            "r-biznes-zakupy",
        ],
    ),
    ("pl", "spółdzielnie socjalne samorządów", ["r-samorzady-spoldzielnie"]),
    ("pl", "gminy i powiaty", ["r-samorzady-spoldzielnie"]),
    ("pl", "żywopłotów", ["r-samorzady-spoldzielnie"]),
    ("pl", "zywoplotow", ["r-samorzady-spoldzielnie"]),
    ("pl", "testowy model współpracy", ["r-tmw-program"]),
    ("pl", "program szkoleniowy", ["r-tmw-program"]),
    ("pl", "kontraktowanie usług", ["r-tmw-program"]),
    ("pl", "WTZ", ["r-wtz-diagnoza", "r-wtz-model-spoldzielni", "r-wtz-ekspertyza-prawna"]),
    (
        "pl",
        "warsztaty terapii zajęciowej",
        ["r-wtz-diagnoza", "r-wtz-model-spoldzielni", "r-wtz-ekspertyza-prawna"],
    ),
    ("pl", "uczestnicy warsztatów", ["r-wtz-diagnoza", "r-wtz-model-spoldzielni"]),
    ("pl", "diagnoza uczestników", ["r-wtz-diagnoza"]),
    ("pl", "zatrudnienie wspomagane", ["r-biznes-pracodawcy", "r-wspolpraca-kompendium"]),
    ("pl", "ZW", ["r-biznes-pracodawcy", "r-wspolpraca-kompendium"]),
    ("pl", "ekspertyza prawna", ["r-wtz-ekspertyza-prawna"]),
    ("pl", "źródła finansowania spółdzielni", ["r-wtz-ekspertyza-prawna"]),
    ("pl", "zrodel finansowania", ["r-wtz-ekspertyza-prawna"]),
    ("pl", "pracodawcy", ["r-biznes-pracodawcy"]),
    ("pl", "staż", ["r-biznes-pracodawcy"]),
    ("pl", "łańcuchy dostaw", ["r-biznes-zakupy"]),
    ("pl", "dostawcy dla firm", ["r-biznes-zakupy"]),
    ("pl", "dobre praktyki", ["r-wspolpraca-kompendium"]),
    ("pl", "KARE", ["r-wspolpraca-kare"]),
    ("pl", "wizyta studyjna", ["r-wspolpraca-kare"]),
    ("pl", "Kildare", ["r-wspolpraca-kare"]),
    ("pl", "ewaluacja zewnętrzna", ["r-ewaluacja-produktu"]),
    ("pl", "trenr pracy", ["r-wytyczne-trener-pracy", "r-koszty-trenera"]),
    (
        "pl",
        "spoldzelnie socjalne",
        [
            "r-samorzady-spoldzielnie",
            "r-wtz-model-spoldzielni",
            "r-wtz-ekspertyza-prawna",
            "r-biznes-zakupy",
        ],
    ),
    ("en", "job coach", ["r-wytyczne-trener-pracy", "r-koszty-trenera"]),
    ("en", "job coaches", ["r-ewaluacja-produktu", "r-biznes-pracodawcy"]),
    (
        "en",
        "social cooperatives",
        [
            "r-samorzady-spoldzielnie",
            "r-wtz-model-spoldzielni",
            "r-wtz-ekspertyza-prawna",
            "r-biznes-zakupy",
        ],
    ),
    (
        "en",
        "sheltered workshop",
        ["r-wtz-diagnoza", "r-wtz-model-spoldzielni", "r-wtz-ekspertyza-prawna"],
    ),
    ("en", "supported employment", ["r-biznes-pracodawcy", "r-wspolpraca-kompendium"]),
    ("en", "labour offices", ["r-urzedy-pracy"]),
    ("en", "study visit", ["r-wspolpraca-kare"]),
    ("en", "Kildare", ["r-wspolpraca-kare"]),
    ("en", "employers", ["r-biznes-pracodawcy"]),
    ("en", "supply chains", ["r-biznes-zakupy"]),
]


@dataclass
class Judgement:
    language: str
    query: str
    expected: list
    found: list

    @property
    def recall(self):
        return len(set(self.expected) & set(self.found[:TOP])) / len(self.expected)

    @property
    def reciprocal_rank(self):
        ranks = [rank for rank, title in enumerate(self.found, 1) if title in self.expected]
        return 1 / ranks[0] if ranks else 0.0


def titles_by_key():
    return {
        report["key"]: {"pl": report["title"].pl, "en": report["title"].en}
        for report in content.REPORTS
    }


def judge(client):
    """Each judged query searched through the public search page, as a visitor would."""
    titles = titles_by_key()
    judgements = []
    for language, query, keys in JUDGED_QUERIES:
        response = client.get(f"/{language}/szukaj/", {"q": query})
        context = response.context
        found = [page.title for page in context["promoted"]]
        found += [report.title for report in context["results_page"].object_list]
        expected = [titles[key][language] for key in keys]
        judgements.append(Judgement(language, query, expected, found))
    return judgements


def scores(judgements):
    """(mean recall@5, mean reciprocal rank) over the judged queries."""
    count = len(judgements)
    return (
        sum(item.recall for item in judgements) / count,
        sum(item.reciprocal_rank for item in judgements) / count,
    )
