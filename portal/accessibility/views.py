from django.http import HttpResponse
from django.views.decorators.http import require_GET

from portal.core.furniture import furniture_for


@require_GET
def organisation_text_file(request):
    """The organisation described in plain text, in the visitor's language: the
    machine-readable file the act on ensuring accessibility asks public bodies to publish."""
    text = furniture_for(request).organisation_text
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
