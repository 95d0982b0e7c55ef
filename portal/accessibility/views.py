from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from portal.accessibility.models import AccessibilityStatementPage
from portal.core.models import SiteContent
from portal.core.templatetags.portal_tags import home_for_request


def accessible_information(request):
    """The site record and the pages every footer links to, in the visitor's language; looked
    up once per request (the footer, the meta tag and the text file all need them)."""
    found = getattr(request, "_accessible_information", None)
    if found is None:
        site = SiteContent.for_active_locale()
        found = {
            "site": site,
            "home": home_for_request(request),
            "statement": AccessibilityStatementPage.for_locale(),
            "easy_read": site.linked_page("easy_read_page") if site else None,
            "sign_language": site.linked_page("sign_language_page") if site else None,
        }
        request._accessible_information = found
    return found


def organisation_text(request):
    """The organisation described in plain text, in the visitor's language: the
    machine-readable file the act on ensuring accessibility asks public bodies to publish."""
    found = accessible_information(request)
    urls = {
        f"{name}_url": page.get_full_url(request) if page else ""
        for name, page in found.items()
        if name != "site"
    }
    return render_to_string("accessibility/organisation.txt", dict(urls, site=found["site"]))


@require_GET
def organisation_text_file(request):
    return HttpResponse(organisation_text(request), content_type="text/plain; charset=utf-8")
