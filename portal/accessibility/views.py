from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from portal.accessibility.models import AccessibilityStatementPage
from portal.core.models import SiteContent
from portal.core.templatetags.portal_tags import home_for_request


def organisation_text(request):
    """The organisation described in plain text, in the visitor's language: the
    machine-readable file the act on ensuring accessibility asks public bodies to publish."""
    site = SiteContent.for_active_locale()
    pages = {
        "home_url": home_for_request(request),
        "statement_url": AccessibilityStatementPage.for_locale(),
        "easy_read_url": site.linked_page("easy_read_page") if site else None,
        "sign_language_url": site.linked_page("sign_language_page") if site else None,
    }
    context = {name: page.get_full_url(request) if page else "" for name, page in pages.items()}
    return render_to_string("accessibility/organisation.txt", dict(context, site=site))


@require_GET
def organisation_text_file(request):
    return HttpResponse(organisation_text(request), content_type="text/plain; charset=utf-8")
