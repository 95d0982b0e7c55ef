from django import template
from django.template.defaultfilters import filesizeformat

from portal.accessibility.models import AccessibilityStatementPage
from portal.accessibility.views import organisation_text
from portal.core.models import SiteContent

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement_url(context):
    statement = AccessibilityStatementPage.for_locale()
    return statement.get_full_url(context.get("request")) if statement else ""


@register.inclusion_tag("accessibility/footer_links.html", takes_context=True)
def accessibility_footer_links(context):
    """The footer links every page must carry: the statement, easy-to-read and sign-language
    information, and the organisation described in a plain-text file (with its size)."""
    request = context.get("request")
    site = SiteContent.for_active_locale()
    statement = AccessibilityStatementPage.for_locale()
    text_size = len(organisation_text(request).encode()) if request else 0
    return {
        "statement": statement,
        "easy_read_url": site.linked_page_url("easy_read_page", request) if site else "",
        "sign_language_url": site.linked_page_url("sign_language_page", request) if site else "",
        "text_file_size": filesizeformat(text_size),
    }
