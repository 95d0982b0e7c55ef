"""A small page tree built with factories, for tests that do not need the demo content."""

from dataclasses import dataclass, field

from wagtail.models import Page, Site

from tests import factories


@dataclass
class Tree:
    home: object
    news_index: object
    reports: object
    zones: dict = field(default_factory=dict)
    zone_reports: dict = field(default_factory=dict)


def build_tree(zone_names=("WTZ", "Biznesu")):
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="test-home")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    tree = Tree(
        home=home,
        news_index=factories.NewsIndexPageFactory(parent=home, slug="aktualnosci"),
        reports=factories.ReportIndexPageFactory(parent=home, slug="badania-i-analizy"),
    )
    for name in zone_names:
        zone = factories.ZonePageFactory(parent=home, title=f"Strefa {name}")
        tree.zones[name] = zone
        tree.zone_reports[name] = factories.ReportIndexPageFactory(parent=zone, slug="badania")
    return tree
