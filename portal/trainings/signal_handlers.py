from django.contrib.auth.management import create_permissions

from portal.core.page_cache import pages_listing, purge_after_commit
from portal.trainings.permissions import ensure_training_groups, sync_coordinators_group


def create_training_groups(sender, using="default", **kwargs):
    """After every migrate, so a new database has the organisers' and coordinators' groups."""
    # This app is set up before django.contrib.auth, so make sure its permissions exist.
    create_permissions(sender, verbosity=0, using=using)
    ensure_training_groups()


def purge_training_pages(sender, instance, **kwargs):
    """Places left per partner show on the training's page in every language."""
    translations = instance.training.get_translations(inclusive=True).live()
    purge_after_commit([shown for page in translations for shown in (page, *pages_listing(page))])


def update_coordinators_group(sender, instance, action, reverse, pk_set, **kwargs):
    """Partner.coordinators changed, from either side: the people concerned join or leave the
    coordinators' group."""
    if action == "pre_clear":
        # A clear does not say whom it removed: note them before.
        instance.coordinators_before_clear = (
            {instance.pk} if reverse else set(instance.coordinators.values_list("pk", flat=True))
        )
    elif action in ("post_add", "post_remove"):
        sync_coordinators_group({instance.pk} if reverse else pk_set)
    elif action == "post_clear":
        sync_coordinators_group(instance.coordinators_before_clear)
