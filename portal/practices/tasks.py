"""The worker's part of the compendium: the PDF is rebuilt, and the proposer told, after the
editor's publish request has returned."""

import logging

from portal.core.page_cache import purge_after_commit
from portal.core.tasks import background_task
from portal.practices.compendium import build_compendium
from portal.practices.models import CompendiumFile, PracticeIndexPage, PracticeProposal
from portal.practices.notifications import tell_proposer

logger = logging.getLogger(__name__)


@background_task
def rebuild_compendium(index_id):
    """Builds the PDF if changes wait for it. The flag is cleared before the practices are
    read, so a change committed later asks for (and gets) another build; an import or the
    demo, which ask once per practice in one transaction, build once."""
    index = PracticeIndexPage.objects.filter(pk=index_id).first()
    if index is None:
        return
    if not CompendiumFile.objects.filter(index=index, changes_waiting=True).update(
        changes_waiting=False
    ):
        return
    build_compendium(index)
    logger.info("Compendium %s rebuilt", index_id)
    # The list shows the file's date.
    purge_after_commit(pages=[index])


@background_task
def tell_proposer_of_publication(proposal_id):
    proposal = PracticeProposal.objects.filter(pk=proposal_id).select_related("page").first()
    if proposal is not None and proposal.page.live:
        tell_proposer(proposal)
