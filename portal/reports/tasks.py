"""The worker's part of PDF text extraction: the editor's upload is saved at once and the
text read afterwards (portal.reports.pdf_text)."""

from portal.core.tasks import background_task
from portal.reports.pdf_text import extract_and_index


@background_task
def read_document_text(document_id):
    extract_and_index(document_id)
