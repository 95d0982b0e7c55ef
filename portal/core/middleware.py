from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


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
