"""A proposal from the public form becomes a draft practice for the moderators: never live
until one of them publishes it."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from portal.practices.models import FACET_FIELDS, PracticePage, PracticeProposal
from portal.practices.notifications import tell_moderators


def paragraphs_html(text):
    """Plain text from the form as paragraphs of rich text, with nothing of it taken as HTML."""
    parts = [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in parts if part)


def rich_text_stream(text):
    return [("rich_text", paragraphs_html(text))] if text.strip() else []


@transaction.atomic
def create_proposal(index, data, language):
    """The draft practice, its proposer's address (for the one e-mail on publication), and
    the moderation it goes into; returns the page."""
    page = PracticePage(
        title=data["title"],
        locale=index.locale,
        live=False,
        country=data["country"],
        partner_organisation=data["partner_organisation"],
        summary=data["summary"].strip(),
        body=rich_text_stream(data["description"]),
        results=rich_text_stream(data["results"]),
        success_factors=paragraphs_html(data["success_factors"]),
        contacts=data["contacts"].strip(),
    )
    page.set_classifications({facet: data[name] for name, facet in FACET_FIELDS.items()})
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    PracticeProposal.objects.create(
        page=page, email=data["email"], language=language, consent_at=timezone.now()
    )
    workflow = page.get_workflow()
    if workflow is not None:
        # Its reviewers are told by Wagtail, with the page in their "awaiting review" list.
        workflow.start(page, user=None)
    else:
        tell_moderators(page)
    return page
