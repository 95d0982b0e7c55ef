"""E-mails of the proposal form: the moderators learn of a new proposal (without the
proposer's address), the proposer learns that the practice is published, after which their
address is erased."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from zones.permissions import MODERATORS_GROUP_NAME


def moderator_addresses():
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS_GROUP_NAME)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def tell_moderators(page):
    """A new proposal awaits review: its title and where to edit it, nothing about who sent
    it. Sent when the page has no moderation workflow (the workflow notifies its reviewers)."""
    recipients = moderator_addresses()
    if not recipients:
        return
    edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    with translation.override(settings.LANGUAGE_CODE):
        EmailMessage(
            subject=_("Nowa propozycja dobrej praktyki: %(title)s") % {"title": page.title},
            body=_(
                "Partner zaproponował dobrą praktykę do kompendium. Czeka jako szkic do "
                "przejrzenia i publikacji:\n\n%(url)s"
            )
            % {"url": edit_url},
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
        ).send()


def tell_proposer(proposal):
    """The practice is published: the proposer gets its address, then their own is erased."""
    page = proposal.page
    with translation.override(proposal.language):
        EmailMessage(
            subject=_("Opublikowaliśmy zaproponowaną przez Ciebie praktykę"),
            body=_(
                "Dziękujemy za propozycję. Praktyka „%(title)s” jest już w kompendium dobrych "
                "praktyk:\n\n%(url)s\n\nTwój adres e-mail został usunięty z naszej bazy."
            )
            % {"title": page.title, "url": page.full_url},
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[proposal.email],
        ).send()
    proposal.delete()
