from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.models import SiteContent, Tag


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class SiteContentViewSet(SnippetViewSet):
    model = SiteContent
    icon = "site"
    list_display = ["organisation", "locale"]


register_snippet(TagViewSet)
register_snippet(SiteContentViewSet)
