"""Abbreviations and synonyms of the field ("Skróty i synonimy"), as editors would list them."""

SYNONYMS = [
    ("WTZ", "warsztat terapii zajęciowej"),
    ("ZAZ", "zakład aktywności zawodowej"),
    ("CIS", "centrum integracji społecznej"),
    ("KIS", "klub integracji społecznej"),
    ("OWES", "ośrodek wsparcia ekonomii społecznej"),
    ("PES", "podmiot ekonomii społecznej"),
    ("JST", "jednostka samorządu terytorialnego"),
    ("PFRON", "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych"),
    ("ZW", "zatrudnienie wspomagane"),
    ("supported employment", "zatrudnienie wspomagane"),
    ("trener pracy", "job coach"),
    ("ekonomia społeczna", "social economy"),
]
