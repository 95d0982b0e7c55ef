"""Lists of pages as visitors see them on index pages, the home page and zone landings:
each item carries the zone it lives in (`listed_zone`), shown on its card.

The zones app's pages are listed here, and its models import core: ZonePage is reached
through the app registry, so this module stays a leaf that any models module may import.
"""

from django.apps import apps
from django.core.paginator import Paginator

from portal.core.languages import in_language_order, version_link


def zone_labelled(pages, locale, *, landing=None):
    """The pages as a list, each labelled with its zone in one query; on a zone's landing
    (`landing`), its own pages carry no label, since the whole page is that zone."""
    zone_model = apps.get_model("zones", "ZonePage")
    return zone_model.objects.label_pages(pages, locale, leave_out=landing)


def latest_in_scope(model, scope, count):
    """The first `count` pages `model` lists in `scope` (the home page of a language version
    or a zone), in the model's listing order (`model.listed_in`), zone-labelled."""
    return zone_labelled(model.listed_in(scope)[:count], scope.locale, landing=scope)


class ListingPageMixin:
    """An index page listing other pages ten at a time (page number in `strona`), each with
    its zone label; the template gets the current page as `listing_page`. A page supplies
    `listing_items(request)`; one with filters also supplies `listing_filters`, whose form
    is in the template as `filters`."""

    items_per_page = 10

    def listing_items(self, request):
        raise NotImplementedError

    def listing_filters(self, request, items):
        """A bound form with a `filter(items)` method, or None for a list without filters."""
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.listing_items(request)
        filters = self.listing_filters(request, items)
        if filters is not None:
            items = filters.filter(items)
            context["filters"] = filters
        page = Paginator(items, self.items_per_page).get_page(request.GET.get("strona"))
        page.object_list = zone_labelled(page.object_list, self.locale)
        context["listing_page"] = page
        if not page.paginator.count and not request.GET:
            context["other_language_lists"] = other_language_listings(self, request)
        return context


def lists_in_other_languages(model, scope, *, index_model=None):
    """Where `scope` (a home page or zone) lists no `model` pages in its own language, the
    language versions of it that do, so a Ukrainian home without Ukrainian news sends the
    visitor to the Polish news instead of saying there is none. Each link leads to the list
    (`index_model` under the version, where it has one) or to the version itself."""
    links = []
    for version in scope.get_translations().live().public().select_related("locale"):
        if not model.listed_in(version).exists():
            continue
        target = version
        if index_model is not None:
            target = index_model.objects.child_of(version).live().public().first() or version
        links.append(version_link(target))
    return in_language_order(links)


def other_language_listings(page, request):
    """The same for an index page whose list is empty in its language: its versions in other
    languages that list something."""
    links = [
        version_link(version, request)
        for version in page.get_translations().live().public().select_related("locale").specific()
        if version.listing_items(request).exists()
    ]
    return in_language_order(links)
