"""The public side of the compendium: its PDF and the partners' proposal form."""

from django.conf import settings
from django.http import FileResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.ratelimit import limit_reached
from portal.practices.compendium import build_compendium
from portal.practices.forms import PracticeProposalForm
from portal.practices.models import CompendiumFile
from portal.practices.proposals import create_proposal


def compendium_pdf_view(request, index):
    """The stored PDF; built now if the worker has not built it yet (a new compendium)."""
    record = CompendiumFile.objects.filter(index=index).first()
    if record is None or not record.file or not record.file.storage.exists(record.file.name):
        record = build_compendium(index)
    filename = f"{index.slug}-{record.language}.pdf"
    response = FileResponse(
        record.file.open("rb"), content_type="application/pdf", filename=filename
    )
    response["Content-Language"] = record.language
    return response


def proposal_view(request, index):
    status = 200
    if request.method == "POST":
        form = PracticeProposalForm(request.POST)
        if limit_reached(
            request,
            "practice-proposal",
            settings.PRACTICE_PROPOSALS_PER_ADDRESS,
            settings.PRACTICE_PROPOSAL_WINDOW_SECONDS,
        ):
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Z tego adresu internetowego wysłano w ostatniej godzinie zbyt wiele "
                    "propozycji. Spróbuj ponownie później albo napisz do nas e-mailem."
                ),
            )
            status = 429
        elif form.is_valid():
            create_proposal(index, form.cleaned_data, language=index.locale.language_code)
            return redirect(index.url + index.reverse_subpage("proposed"))
        else:
            status = 400
    else:
        form = PracticeProposalForm()
    response = TemplateResponse(
        request,
        "practices/proposal_form.html",
        {"page": index, "self": index, "form": form},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def proposal_sent_view(request, index):
    return TemplateResponse(request, "practices/proposal_sent.html", {"page": index, "self": index})
