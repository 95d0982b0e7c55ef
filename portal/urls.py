from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as serve_document

from portal.accessibility import views as accessibility_views
from portal.consent import views as consent_views
from portal.core import views as core_views
from portal.core.sitemaps import AllLanguagesSitemap
from search import views as search_views

handler404 = "portal.core.views.page_not_found"

urlpatterns = [
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False)),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    # A document answers with its file, perhaps of a restricted collection, or with a
    # redirect to a signed link of a few minutes (object storage): no shared cache keeps it.
    re_path(r"^documents/(\d+)/(.*)$", cache_control(private=True)(serve_document)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("ustawienia-czytania/", core_views.set_reading_preferences, name="reading-preferences"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("zgoda-cookies/", consent_views.save_consent, name="consent"),
    path("szukaj/", search_views.search_view, name="search"),
    path("szukaj/podpowiedzi/", search_views.suggestions_view, name="search_suggestions"),
    path(
        "informacje-o-nas.txt",
        accessibility_views.organisation_text_file,
        name="organisation-text",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
