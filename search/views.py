"""The public search of research reports: one GET form, so every state (query, filters,
sort, page) is a shareable address and works without JavaScript."""

from collections import Counter
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.db.models.functions import Substr
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from portal.core.languages import configured_languages
from portal.core.models import Tag, in_active_locale
from portal.reports.choices import ReportType
from portal.reports.models import ReportDocument, ReportPage
from search.facets import CENTRAL, FACETS, ReportSearch
from search.kinds import KIND_LABELS, KIND_PARAMETER, KINDS, REPORTS, count_kinds
from search.models import Synonym, UnansweredQuery
from search.synonyms import keep_words
from search.text import EXCERPT_SOURCE_LENGTH, clean_query, excerpt, query_terms, query_words
from zones.models import ZonePage

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
# Shareable addresses across the portal use Polish parameter names and Polish words for fixed
# options (here `strefa`, `rok`, `rodzaj`, `tag`, `jezyk`, `strona`, `sortuj=trafnosc|data`;
# `pokaz=minione`, `strefa`, `miesiac` for meetings; `ciasteczka=ustawienia` for the cookie
# settings), except `q`, the search query's universal name. A facet's value is the identifier
# it filters on: a zone or tag slug, a year, a language code, a report type's stored value, or
# CENTRAL. Addresses shared before the renames are redirected (LEGACY_PARAMETERS and
# LEGACY_VALUES; the consent context processor still reads `cookies=`).
SORT_PARAMETER = "sortuj"
SORTS = {"trafnosc": "relevance", "data": "date"}
LEGACY_PARAMETERS = {"sort": SORT_PARAMETER}
LEGACY_VALUES = {
    "strefa": {"centralne": CENTRAL},
    "rodzaj": {
        "raport": ReportType.REPORT,
        "ekspertyza": ReportType.EXPERTISE,
        "analiza": ReportType.ANALYSIS,
        "ewaluacja": ReportType.EVALUATION,
        "wytyczne": ReportType.GUIDELINES,
    },
}


def reports_in(locale):
    return ReportPage.objects.live().filter(locale=locale)


def selected_filters(request):
    return {name: request.GET.get(name, "") for name in FACETS if request.GET.get(name)}


def facet_labels(locale):
    zones = ZonePage.objects.live().filter(locale=locale).order_by("path")
    tags = in_active_locale(Tag.objects.filter(locale=Locale.get_default()), Tag)
    return {
        "strefa": {CENTRAL: _("Materiały ogólne"), **{zone.slug: zone.title for zone in zones}},
        "rodzaj": dict(ReportType.choices),
        "jezyk": dict(configured_languages()),
        "tag": {tag.slug: tag.name for tag in tags},
    }


def build_facets(counts, filters, labels, base_params):
    """Each facet as a list of choices with the count and the address that toggles it."""
    names = {
        "strefa": _("Strefa"),
        "rok": _("Rok"),
        "rodzaj": _("Rodzaj publikacji"),
        "tag": _("Temat"),
        "jezyk": _("Język dokumentu"),
    }
    facets = []
    for name in FACETS:
        choices = []
        values = counts[name]
        order = sorted(values, reverse=True) if name == "rok" else sorted(values)
        for value in order:
            params = dict(base_params)
            chosen = filters.get(name) == value
            if chosen:
                params.pop(name, None)
            else:
                params[name] = value
            choices.append(
                {
                    "value": value,
                    "label": labels.get(name, {}).get(value, value),
                    "count": values[value],
                    "chosen": chosen,
                    "url": "?" + urlencode(params),
                }
            )
        if choices:
            facets.append({"name": name, "label": names[name], "choices": choices})
    return facets


def excerpt_sources(reports):
    """What each report's excerpt is taken from: its summary and the start of its PDF texts,
    read in one query that never loads a whole text."""
    sources = {report.pk: [report.summary] for report in reports}
    starts = (
        ReportDocument.objects.filter(page_id__in=sources)
        .annotate(start=Substr("document__extracted_text__text", 1, EXCERPT_SOURCE_LENGTH))
        .order_by("page_id", "sort_order")
        .values_list("page_id", "start")
    )
    for page_id, start in starts:
        sources[page_id].append(start or "")
    return {page_id: " ".join(parts) for page_id, parts in sources.items()}


def promoted_pages(query, locale):
    if not query:
        return []
    picks = Query.get(query).editors_picks.select_related("page").order_by("sort_order")
    pages = in_active_locale([pick.page for pick in picks if pick.page_id], Page)
    return [page.specific for page in pages if page.live and page.locale_id == locale.pk]


def current_address(request):
    """The address with today's parameter names and values, for an address shared before
    they were renamed; None when it is current already."""
    params = request.GET.copy()
    for old, new in LEGACY_PARAMETERS.items():
        if old in params:
            values = params.pop(old)
            params.setlist(new, params.getlist(new) or values)
    for name, renames in LEGACY_VALUES.items():
        if name in params:
            params.setlist(name, [renames.get(value, value) for value in params.getlist(name)])
    if params == request.GET:
        return None
    return f"{request.path}?{params.urlencode()}"


def search_view(request):
    address = current_address(request)
    if address:
        return redirect(address, permanent=True)
    locale = Locale.get_active()
    query = clean_query(request.GET.get("q", ""))
    synonyms = Synonym.objects.pairs() if query else []
    keep = keep_words(synonyms)
    terms = query_terms(query, keep=keep)
    kind = request.GET.get(KIND_PARAMETER, REPORTS)
    if kind not in KINDS:
        kind = REPORTS
    sort = SORTS.get(request.GET.get(SORT_PARAMETER), "relevance")
    words = query_words(query, keep=keep)
    reports = ReportSearch(locale, terms, by_date=sort == "date", synonyms=synonyms, words=words)
    promoted = promoted_pages(query, locale)
    if kind == REPORTS:
        filters = selected_filters(request)
        page, counts = report_results(request, reports, query, filters, promoted)
        result_count = page.paginator.count + len(promoted)
    else:
        filters = {}
        page, counts = kind_results(request, KINDS[kind], reports, query)
        result_count = page.paginator.count
    params = {key: value for key, value in request.GET.items() if value and key != "strona"}
    kinds = {}
    if terms:
        kinds = kind_counts(reports, kind, result_count if not filters else None, promoted)
    # Count a search once, when it is made, not again on each filter, sort or page.
    if query and not filters and set(request.GET) <= {"q"}:
        Query.get(query).add_hit()
        if not result_count and not any(kinds.values()):
            UnansweredQuery.record(query, locale.language_code)
    zone_filter = filters.get("strefa")
    facets = build_facets(counts, filters, facet_labels(locale), params)
    if kinds:
        facets.insert(0, kind_facet(kinds, kind, query, sort))
    context = {
        "query": query,
        "terms": terms,
        "sort": sort,
        "reports_shown": kind == REPORTS,
        "other_kind": "" if kind == REPORTS else kind,
        "kind_parameter": KIND_PARAMETER,
        "kind_label": KIND_LABELS[kind],
        "results_page": page,
        "result_count": result_count,
        "promoted": promoted if kind == REPORTS else [],
        "facets": facets,
        "filters": filters,
        "zone": ZonePage.objects.filter(locale=locale, slug=zone_filter).first()
        if zone_filter
        else None,
        "pagination_query": urlencode(params),
        "sort_urls": {
            order: "?" + urlencode({**params, SORT_PARAMETER: word})
            for word, order in SORTS.items()
        },
    }
    response = TemplateResponse(request, "search/search_results.html", context)
    if query:
        # What a visitor typed (it may name a person) stays out of shared caches, the portal's
        # page cache included; each search is counted above, which a stored page would skip.
        patch_cache_control(response, private=True)
    return response


def report_results(request, reports, query, filters, promoted):
    """(page of reports, facet counts) for the report search; promoted reports come first."""
    locale = reports.locale
    if query and not reports.terms:
        results, counts = [], {name: Counter() for name in FACETS}
    else:
        results = reports.results(filters, leave_out=[page.pk for page in promoted])
        counts = reports.facet_counts(filters)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("strona"))
    page.object_list = ZonePage.objects.label_pages(page.object_list, locale)
    prefetch_related_objects(page.object_list, "documents__document")
    sources = excerpt_sources(page.object_list)
    for report in page.object_list:
        report.excerpt = excerpt(sources[report.pk], query)
    return page, counts


def kind_results(request, kind, reports, query):
    """(page of news, meetings or pages, no facet counts: the facets are the reports')."""
    if query and not reports.terms:
        results = []
    elif reports.terms:
        results = kind.search(reports.locale, reports.query, reports.by_date)
    else:
        results = kind.pages(reports.locale)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("strona"))
    for item in page.object_list:
        item.excerpt = excerpt(getattr(item, kind.summary_field, ""), query)
    return page, {name: Counter() for name in FACETS}


def kind_counts(reports, kind, shown_count, promoted):
    """What each kind's link in the type facet leads to (the query alone, no filters); the
    reports' `shown_count` when the search shown is theirs, counted again otherwise."""
    counts = count_kinds(reports.locale, reports.query)
    if kind == REPORTS and shown_count is not None:
        counts[REPORTS] = shown_count
    else:
        counts[REPORTS] = reports.total(leave_out=[page.pk for page in promoted]) + len(promoted)
    return {value: counts[value] for value in KIND_LABELS}


def kind_facet(counts, kind, query, sort):
    """The type facet: each kind with matches (and the one shown), linked to the query alone."""
    choices = []
    for value, label in KIND_LABELS.items():
        if not counts[value] and value != kind:
            continue
        params = {"q": query}
        if value != REPORTS:
            params[KIND_PARAMETER] = value
        if sort == "date":
            params[SORT_PARAMETER] = "data"
        choices.append(
            {
                "value": value,
                "label": label,
                "count": counts[value],
                "chosen": value == kind,
                "url": "?" + urlencode(params),
            }
        )
    return {"name": KIND_PARAMETER, "label": _("Rodzaj treści"), "choices": choices}


def suggestions_view(request):
    """Report titles for the search box's suggestions (progressive enhancement)."""
    terms = query_terms(request.GET.get("q", ""))
    if not terms:
        return JsonResponse({"suggestions": []})
    reports = reports_in(Locale.get_active()).autocomplete(" ".join(terms))
    return JsonResponse(
        {
            "suggestions": [
                {"title": report.title, "url": report.url} for report in reports[:SUGGESTIONS]
            ]
        }
    )
