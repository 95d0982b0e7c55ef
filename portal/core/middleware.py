from csp.middleware import CSPMiddleware
from csp.utils import default_config
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


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's Content-Security-Policy, with the admin under a policy of its own, plus
    the Permissions-Policy header.

    Public pages get CONTENT_SECURITY_POLICY: no inline script or style, frames only from
    the video hosts. Wagtail's admin writes inline scripts and styles of its own, so its
    pages (and page previews, shown inside it) get CONTENT_SECURITY_POLICY_ADMIN. The
    editors' analytics code adds the hosts it names (see allow_sources)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        extra = getattr(request, "csp_extra_sources", None)
        if extra:
            parts.update = {**(parts.update or {}), **extra}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", permissions_policy())
        return response


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_PATH_PREFIXES))


def permissions_policy():
    """PERMISSIONS_POLICY ({feature: [origins]}) written as the header wants it."""

    def allowlist(origins):
        return "(" + " ".join(o if o == "self" else f'"{o}"' for o in origins) + ")"

    features = settings.PERMISSIONS_POLICY.items()
    return ", ".join(f"{feature}={allowlist(origins)}" for feature, origins in features)


def allow_sources(request, directives, sources):
    """Lets this response load from `sources` under each of `directives` (e.g. the hosts
    the analytics code names), on top of the configured policy."""
    extra = request.__dict__.setdefault("csp_extra_sources", {})
    for directive in directives:
        extra.setdefault(directive, [])
        extra[directive].extend(s for s in sources if s not in extra[directive])
