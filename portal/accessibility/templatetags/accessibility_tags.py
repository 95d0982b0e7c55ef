from django import template
from django.template.defaultfilters import filesizeformat

from portal.accessibility.views import accessible_information, organisation_text

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement_url(context):
    request = context.get("request")
    statement = accessible_information(request)["statement"] if request else None
    return statement.get_full_url(request) if statement else ""


@register.simple_tag(takes_context=True)
def accessible_pages(context):
    """The pages the footer links to under their prescribed names, so the list of other
    pages can leave them out."""
    request = context.get("request")
    if request is None:
        return []
    found = accessible_information(request)
    return [found[name] for name in ("statement", "easy_read", "sign_language") if found[name]]


@register.inclusion_tag("accessibility/footer_links.html", takes_context=True)
def accessibility_footer_links(context):
    """The footer links every page must carry: the statement, easy-to-read and sign-language
    information, and the organisation described in a plain-text file (with its size)."""
    request = context.get("request")
    if request is None:
        return {}
    found = accessible_information(request)
    return dict(found, text_file_size=filesizeformat(len(organisation_text(request).encode())))
