"""A practice published or withdrawn: its compendium's PDF is rebuilt in the background and,
for a proposal from the public form, the proposer is told."""

from django.db import IntegrityError, transaction

from portal.core.tasks import enqueue_on_commit
from portal.practices.models import CompendiumFile, PracticeProposal
from portal.practices.tasks import rebuild_compendium, tell_proposer_of_publication


def rebuild_parent_compendium(page):
    """Marks the compendium as due for a rebuild in this transaction; each change enqueues
    the rebuild, and the first to run takes in them all (see `tasks.rebuild_compendium`)."""
    index_id = page.get_parent().pk
    if not CompendiumFile.objects.filter(index_id=index_id).update(changes_waiting=True):
        try:
            with transaction.atomic():
                CompendiumFile.objects.create(
                    index_id=index_id, language=page.locale.language_code, changes_waiting=True
                )
        except IntegrityError:  # made meanwhile by a change in another transaction
            CompendiumFile.objects.filter(index_id=index_id).update(changes_waiting=True)
    enqueue_on_commit(rebuild_compendium, index_id)


def practice_published(sender, instance, **kwargs):
    rebuild_parent_compendium(instance)
    proposal = PracticeProposal.objects.filter(page=instance).values_list("pk", flat=True).first()
    if proposal is not None:
        enqueue_on_commit(tell_proposer_of_publication, proposal)


def practice_unpublished(sender, instance, **kwargs):
    rebuild_parent_compendium(instance)
