"""Text extraction from uploaded PDFs with pypdf (pure Python, no system tools)."""

import logging

from pypdf import PdfReader

logger = logging.getLogger(__name__)
MAX_CHARACTERS = 500_000


def extract_text(file):
    """The text of a PDF file object, or raises: the caller records the error."""
    file.seek(0)
    reader = PdfReader(file)
    if reader.is_encrypted:
        reader.decrypt("")
    parts = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size >= MAX_CHARACTERS:
            break
    return "\n".join(parts)[:MAX_CHARACTERS]


def store_document_text(document):
    """Extracts and stores the text of a PDF document (again, if its file changed). Never
    raises: an unreadable file is kept and the error recorded for the editor."""
    from portal.reports.models import DocumentText

    if document.file_extension.lower() != "pdf":
        DocumentText.objects.filter(document=document).delete()
        return None
    record = DocumentText.objects.filter(document=document).first()
    if record is not None and record.file_name == document.file.name:
        return record
    record = record or DocumentText(document=document)
    record.file_name = document.file.name
    try:
        with document.open_file() as file:
            record.text = extract_text(file)
        record.error = ""
    except Exception as error:  # noqa: BLE001 - any unreadable PDF is kept, with a note
        logger.warning("Could not read the text of document %s: %s", document.pk, error)
        record.text = ""
        record.error = f"{type(error).__name__}: {error}"[:500]
    record.save()
    return record
