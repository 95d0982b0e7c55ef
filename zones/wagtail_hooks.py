from django.urls import path
from wagtail import hooks

from zones import views


@hooks.register("register_admin_urls")
def guard_translating_pages():
    """Registered before wagtail-localize's own (this app comes first in INSTALLED_APPS), so
    this address answers with the permission check in front of its view."""
    return [path("localize/submit/page/<int:page_id>/", views.submit_page_translation)]
