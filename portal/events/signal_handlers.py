from django.contrib.auth.management import create_permissions

from portal.core.page_cache import pages_listing, purge_after_commit
from portal.events.permissions import ensure_registration_managers_group


def create_registration_managers_group(sender, using="default", **kwargs):
    """After every migrate, so a new database has the organisers' group without the demo."""
    # This app is set up before django.contrib.auth, so make sure its permissions
    # exist before granting them.
    create_permissions(sender, verbosity=0, using=using)
    ensure_registration_managers_group()


def purge_meeting_pages(sender, instance, **kwargs):
    """Seats left show on the meeting's page (in every language: translations show the Polish
    page's figures) and on the pages listing it; a sign-up, cancellation or move changes
    them."""
    translations = instance.event.get_translations(inclusive=True).live()
    purge_after_commit([shown for page in translations for shown in (page, *pages_listing(page))])
