"""A practice published or withdrawn: its compendium's PDF is rebuilt in the background and,
for a proposal from the public form, the proposer is told."""

from portal.core.tasks import enqueue_on_commit
from portal.practices.models import PracticeProposal
from portal.practices.tasks import rebuild_compendium, tell_proposer_of_publication


def rebuild_parent_compendium(page):
    enqueue_on_commit(rebuild_compendium, page.get_parent().pk)


def practice_published(sender, instance, **kwargs):
    rebuild_parent_compendium(instance)
    proposal = PracticeProposal.objects.filter(page=instance).values_list("pk", flat=True).first()
    if proposal is not None:
        enqueue_on_commit(tell_proposer_of_publication, proposal)


def practice_unpublished(sender, instance, **kwargs):
    rebuild_parent_compendium(instance)
