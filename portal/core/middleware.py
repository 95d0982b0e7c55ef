from django.conf import settings
from django.contrib import messages
from django.db.models import ProtectedError
from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext


class DefaultLanguageLocaleMiddleware(LocaleMiddleware):
    """Public pages carry their language in the URL. Everything else, the admin above all,
    speaks the portal's default language (Polish) whatever the browser asks for; editors
    who prefer English choose it in their account settings."""

    def process_request(self, request):
        if translation.get_language_from_path(request.path_info):
            super().process_request(request)
            return
        translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()


class RefuseDeletingWhatPagesUse:
    """Files that pages rely on are protected (`on_delete=PROTECT`). Wagtail's delete pages
    read that from the reference index and refuse by themselves; any admin request that
    still reaches the deletion (the multiple-upload "delete" button, a stale index) gets the
    same refusal, naming the pages, instead of a server error. Nothing is deleted: Django
    raises before it writes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ProtectedError) or not request.path.startswith(
            reverse("wagtailadmin_home")
        ):
            return None
        titles = sorted({str(getattr(item, "page", item)) for item in exception.protected_objects})
        message = ngettext(
            "Nie usunięto: korzysta z tego strona „%(pages)s”. Najpierw usuń to z tej strony.",
            "Nie usunięto: korzystają z tego strony: %(pages)s. Najpierw usuń to z tych stron.",
            len(titles),
        ) % {"pages": ", ".join(titles)}
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return JsonResponse({"success": False, "error_message": message}, status=409)
        messages.error(request, message)
        return redirect("wagtailadmin_home")
