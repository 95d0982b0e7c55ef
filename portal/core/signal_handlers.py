"""Keeping the cached site furniture (portal.core.furniture) in step with what editors do,
and a locale for every configured language."""

from django.apps import apps as global_apps
from django.conf import settings
from wagtail.models import Page

from portal.core.furniture import furniture_changed


def renew_furniture(sender, instance=None, **kwargs):
    """A saved, published, moved or deleted page, site record, image or locale may be
    something every page shows; building the furniture again is cheaper than knowing."""
    furniture_changed()


def renew_page_furniture(sender, instance=None, **kwargs):
    """Pages are saved under their own classes, so this listens to every model's saves and
    deletions and acts on pages'."""
    if isinstance(instance, Page):
        furniture_changed()


def create_configured_locales(sender, apps=global_apps, using="default", **kwargs):
    """Every language of PORTAL_LANGUAGES has its locale once `migrate` has run (Wagtail's
    own migration makes only the default one)."""
    try:
        locale_model = apps.get_model("wagtailcore", "Locale")
    except LookupError:
        return  # migrated back to before locales exist
    for code, _name in settings.LANGUAGES:
        locale_model.objects.using(using).get_or_create(language_code=code)
