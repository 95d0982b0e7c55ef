from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import Page

from portal.core.admin_views import SubmitPageTranslationWithItsParents

submit_translation = SubmitPageTranslationWithItsParents.as_view()


def submit_page_translation(request, page_id):
    """wagtail-localize's "Translate this page" asks only for its site-wide permission;
    here a zone's editors may start translations of the pages they may edit (their zone's)
    and of no other page."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return submit_translation(request, page_id=page_id)
