"""Daily: proposers of practices already published are told (if the worker has not told
them), and the addresses of proposals older than PRACTICE_PROPOSAL_RETENTION_DAYS are erased
whether or not the practice was published."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.practices.models import PracticeProposal
from portal.practices.notifications import tell_proposer


class Command(BaseCommand):
    help = "Tells proposers of published practices and erases expired proposers' addresses."

    def handle(self, *args, **options):
        told = 0
        for proposal in PracticeProposal.objects.filter(page__live=True).select_related("page"):
            tell_proposer(proposal)
            told += 1
        cutoff = timezone.now() - timedelta(days=settings.PRACTICE_PROPOSAL_RETENTION_DAYS)
        erased, _rows = PracticeProposal.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Practice proposals: {told} proposers told, {erased} addresses erased.")
