"""The worker's part of the compendium: the PDF is rebuilt, and the proposer told, after the
editor's publish request has returned."""

from portal.core.page_cache import purge_after_commit
from portal.core.tasks import background_task
from portal.practices.compendium import build_compendium
from portal.practices.models import PracticeIndexPage, PracticeProposal
from portal.practices.notifications import tell_proposer


@background_task
def rebuild_compendium(index_id):
    index = PracticeIndexPage.objects.filter(pk=index_id).first()
    if index is not None:
        build_compendium(index)
        # The list shows the file's date.
        purge_after_commit(pages=[index])


@background_task
def tell_proposer_of_publication(proposal_id):
    proposal = PracticeProposal.objects.filter(pk=proposal_id).select_related("page").first()
    if proposal is not None and proposal.page.live:
        tell_proposer(proposal)
