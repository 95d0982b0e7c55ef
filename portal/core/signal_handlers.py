"""Keeping the cached site furniture (portal.core.furniture) in step with what editors do."""

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
