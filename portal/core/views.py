from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page, Site

from portal.core.languages import version_link
from portal.core.preferences import ReadingPreferences
from portal.core.seo import site_root_url


def safe_next_url(request, fallback="/"):
    target = request.POST.get("next") or request.GET.get("next") or fallback
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@csrf_exempt  # Changing one's own text size is harmless; no CSRF cookie before consent.
@require_POST
def set_reading_preferences(request):
    """The text-size and contrast buttons post here and come back to the same page."""
    current = ReadingPreferences.from_request(request)
    text_size = request.POST.get("text_size")
    contrast = request.POST.get("high_contrast")
    updated = current.with_changes(
        text_size=int(text_size) if text_size and text_size.isdigit() else None,
        high_contrast=None if contrast is None else contrast == "1",
    )
    return updated.store(HttpResponseRedirect(safe_next_url(request)))


def admin_login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out log-in, in the admin's own look and language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered here: axes answers from its middleware, after template responses are rendered.
    return render(
        request,
        "core/admin_lockout.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def robots_txt(request):
    """Crawlers may read every public page; the admin and the search results (endless
    combinations of queries and filters) are left out. The sitemap's address is the Site
    record's."""
    disallowed = [*settings.ADMIN_PATH_PREFIXES]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed.append(reverse("search"))
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed)]
    lines.append(f"Sitemap: {site_root_url(request)}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says."""
    return HttpResponseRedirect(static("favicon.ico"))


def page_not_found(request, exception=None):
    """An address under a language whose page is not translated into it (the switcher of an
    older version, a shared link, the other language's path typed by hand) says so in that
    language and links to the versions that exist; where the translation exists under its
    own address, the visitor is sent there. Anything else is the usual "not found"."""
    found = page_at_path_in_another_language(request)
    versions = []
    if found is not None:
        versions = list(
            found.get_translations(inclusive=True).live().public().select_related("locale")
        )
        here = next((v for v in versions if v.locale.language_code == get_language()), None)
        if here is not None:
            return HttpResponseRedirect(here.get_url(request))
    context = {"other_versions": [version_link(version, request) for version in versions]}
    return render(request, "404.html", context, status=404)


def page_at_path_in_another_language(request):
    """The live public page whose path, below its language's home, is the path asked for
    below this language's prefix."""
    prefix, _slash, rest = request.path.strip("/").partition("/")
    if prefix not in dict(settings.LANGUAGES):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    homes = site.root_page.get_translations(inclusive=True).live()
    paths = [f"{home.url_path}{rest}/" if rest else home.url_path for home in homes]
    return Page.objects.live().public().filter(url_path__in=paths).specific().first()
