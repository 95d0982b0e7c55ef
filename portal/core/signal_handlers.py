"""Keeping the cached site furniture (portal.core.furniture) and the cached pages
(portal.core.page_cache) in step with what editors do, and a locale for every configured
language."""

from django.apps import apps as global_apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Page

from portal.core.furniture import furniture_changed
from portal.core.page_cache import new_generation, pages_listing, purge_after_commit


def renew_furniture(sender, instance=None, **kwargs):
    """A saved, published, moved or deleted page, site record, image or locale may be
    something every page shows; building the furniture again is cheaper than knowing."""
    furniture_changed()


def renew_page_furniture(sender, instance=None, **kwargs):
    """Pages are saved under their own classes, so this listens to every model's saves and
    deletions and acts on pages'."""
    if isinstance(instance, Page):
        furniture_changed()


def purge_pages_listing(sender, instance, **kwargs):
    """On publish and unpublish Wagtail purges the page itself; this adds its listings."""
    purge_after_commit(pages_listing(instance))


def purge_moved_page(sender, instance, parent_page_before, **kwargs):
    """The page at its new address and its old and new listings; the old address (the old
    parent's plus the unchanged slug) too, for CDNs."""
    old_parent_url = parent_page_before.get_full_url()
    before = [parent_page_before, *pages_listing(parent_page_before)]
    purge_after_commit(
        [instance, *pages_listing(instance), *before],
        [f"{old_parent_url}{instance.slug}/"] if old_parent_url else (),
    )


def purge_deleted_page(sender, instance, **kwargs):
    if instance.live:
        purge_after_commit([instance, *pages_listing(instance)])


def renew_pages(sender, instance=None, **kwargs):
    """A document's title or file (its size is shown beside links) or a tag's name, shown on
    the pages that use them; renews the portal's stored pages (CDNs keep theirs until they
    expire)."""
    transaction.on_commit(new_generation)


def create_configured_locales(sender, apps=global_apps, using="default", **kwargs):
    """Every language of PORTAL_LANGUAGES has its locale once `migrate` has run (Wagtail's
    own migration makes only the default one)."""
    try:
        locale_model = apps.get_model("wagtailcore", "Locale")
    except LookupError:
        return  # migrated back to before locales exist
    for code, _name in settings.LANGUAGES:
        locale_model.objects.using(using).get_or_create(language_code=code)
