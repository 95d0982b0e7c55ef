"""The compendium's filters as plain GET addresses (`kraj`, `etap`, `obszar`, `grupa`), each
option with the number of practices it leads to: counted by `GROUP BY` in the database, under
the other filters chosen (a chosen value does not hide its alternatives)."""

from collections import Counter
from urllib.parse import urlencode

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.core.choices import PartnerCountry
from portal.practices.choices import FACET_CHOICES, Facet
from portal.practices.models import PracticeClassification

COUNTRY = "kraj"
# Address parameter -> the classification it filters on.
CLASSIFICATION_PARAMETERS = {
    "etap": Facet.STAGE,
    "obszar": Facet.WORK_AREA,
    "grupa": Facet.TARGET_GROUP,
}
PARAMETERS = (COUNTRY, *CLASSIFICATION_PARAMETERS)
HEADINGS = {
    COUNTRY: _("Kraj"),
    "etap": _("Etap zatrudnienia wspomaganego"),
    "obszar": _("Obszar pracy trenera"),
    "grupa": _("Grupa docelowa"),
}


def choices_of(name):
    return PartnerCountry if name == COUNTRY else FACET_CHOICES[CLASSIFICATION_PARAMETERS[name]]


class PracticeFilters:
    """The visitor's choices from the address (unknown values are left out) and the facets
    with their counts over `practices` (the compendium's live practices)."""

    def __init__(self, params, practices):
        self.practices = practices
        self.chosen = {}
        for name in PARAMETERS:
            value = params.get(name, "")
            if value in choices_of(name).values:
                self.chosen[name] = value
        self.other_params = {
            key: value
            for key, value in params.items()
            if key not in PARAMETERS and key != "strona" and value
        }

    def filter(self, practices, leave_out=None):
        for name, value in self.chosen.items():
            if name == leave_out:
                continue
            if name == COUNTRY:
                practices = practices.filter(country=value)
            else:
                rows = PracticeClassification.objects.filter(
                    facet=CLASSIFICATION_PARAMETERS[name], value=value
                )
                practices = practices.filter(pk__in=rows.values("page_id"))
        return practices

    def counts(self):
        """{parameter: Counter(value: practices)}: one query for the facets not chosen (the
        country column, then one `GROUP BY` over the classification rows), one per facet
        chosen."""
        counts = {name: Counter() for name in PARAMETERS}
        unchosen = [name for name in PARAMETERS if name not in self.chosen]
        groups = [(unchosen, None)] + [([name], name) for name in self.chosen]
        for names, leave_out in groups:
            if not names:
                continue
            ids = self.filter(self.practices, leave_out=leave_out).order_by().values("pk")
            if COUNTRY in names:
                rows = (
                    self.practices.model.objects.filter(pk__in=ids)
                    .values_list("country")
                    .annotate(number=Count("pk"))
                    .order_by()
                )
                counts[COUNTRY] = Counter(dict(rows))
            wanted = {CLASSIFICATION_PARAMETERS[name]: name for name in names if name != COUNTRY}
            if wanted:
                rows = (
                    PracticeClassification.objects.filter(page_id__in=ids, facet__in=wanted)
                    .values_list("facet", "value")
                    .annotate(number=Count("page_id", distinct=True))
                    .order_by()
                )
                for facet, value, number in rows:
                    counts[wanted[facet]][value] = number
        return counts

    def query_string(self):
        """The address of the current choices, for the pagination's links."""
        return urlencode({**self.other_params, **self.chosen})

    def facets(self):
        """Each filter with its options in the choices' order: label, count, whether chosen,
        and the address that chooses it (or, when chosen, removes it)."""
        counts = self.counts()
        facets = []
        for name in PARAMETERS:
            options = []
            for value, label in choices_of(name).choices:
                chosen = self.chosen.get(name) == value
                if not counts[name][value] and not chosen:
                    continue
                params = {**self.other_params, **self.chosen}
                if chosen:
                    params.pop(name)
                else:
                    params[name] = value
                options.append(
                    {
                        "value": value,
                        "label": label,
                        "count": counts[name][value],
                        "chosen": chosen,
                        "url": "?" + urlencode(params),
                    }
                )
            if options:
                facets.append({"name": name, "label": HEADINGS[name], "choices": options})
        return facets
