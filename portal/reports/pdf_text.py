"""Text extraction from uploaded PDFs with pypdf (pure Python, no system tools).

A crafted PDF of a few kilobytes can keep pypdf busy for minutes or make it take hundreds of
megabytes, so the web process never parses a PDF itself: `read_pdf` hands the file to
`python -m portal.reports.pdf_text` in a child process with a memory limit, a CPU limit, a
timeout and an empty environment (no secrets reach the parser). Extraction is a background
task (portal.reports.tasks) enqueued once the upload's transaction commits, so the editor's
request does not wait for it; a file over a limit is kept and marked unreadable.
"""

import argparse
import io
import logging
import resource
import signal
import subprocess
import sys
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)

# Exit codes of the child process for what it can tell apart.
EXIT_ENCRYPTED = 3
EXIT_DAMAGED = 4
EXIT_TOO_MUCH_MEMORY = 5
# The directory holding the `portal` package, so the child imports this very module.
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


class EncryptedPdf(Exception):
    """The PDF needs a password to be read."""


def extract_text(file, max_characters=500_000):
    """The text of a PDF file object, at most `max_characters`; raises on a file it cannot
    read. Runs in the child process (and in migration 0003, for files stored before)."""
    from pypdf import PasswordType, PdfReader

    file.seek(0)
    reader = PdfReader(file)
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise EncryptedPdf
    parts = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size >= max_characters:
            break
    return "\n".join(parts)[:max_characters]


def limit(kind, soft, hard):
    """Lowers a resource limit of this process (never above the ceiling it was started with)."""
    ceiling = resource.getrlimit(kind)[1]
    if ceiling != resource.RLIM_INFINITY:
        soft, hard = min(soft, ceiling), min(hard, ceiling)
    resource.setrlimit(kind, (soft, hard))


def main(argv=None):
    """The child process: the PDF on standard input, its text (UTF-8) on standard output."""
    parser = argparse.ArgumentParser(description="Prints the text of the PDF on stdin.")
    parser.add_argument("--max-characters", type=int, required=True)
    parser.add_argument("--memory-mb", type=int, required=True)
    parser.add_argument("--cpu-seconds", type=int, required=True)
    args = parser.parse_args(argv)
    memory = args.memory_mb * 1024 * 1024
    limit(resource.RLIMIT_AS, memory, memory)
    # Past the soft limit the kernel sends SIGXCPU (a timeout), past the hard one SIGKILL.
    limit(resource.RLIMIT_CPU, args.cpu_seconds, args.cpu_seconds + 1)
    # A crafted file can make pypdf warn millions of times: nothing is written but the text.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    try:
        text = extract_text(io.BytesIO(sys.stdin.buffer.read()), args.max_characters)
    except MemoryError:
        sys.exit(EXIT_TOO_MUCH_MEMORY)
    except EncryptedPdf:
        sys.exit(EXIT_ENCRYPTED)
    except Exception as error:  # noqa: BLE001 - any other failure means the file is unreadable
        sys.stderr.write(f"{type(error).__name__}: {error}"[:300])
        sys.exit(EXIT_DAMAGED)
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))


def read_pdf(data):
    """(text, unreadable reason) of the PDF in `data`, read in a child process within the
    limits in settings; the reason is "" when the text was read."""
    from django.conf import settings

    # The child process runs this module without Django: Django parts are imported here.
    from portal.reports.choices import UnreadableReason

    if b"%PDF-" not in data[:1024]:
        return "", UnreadableReason.NOT_A_PDF
    timeout = settings.PDF_EXTRACTION_TIMEOUT_SECONDS
    max_characters = settings.PDF_TEXT_MAX_CHARACTERS
    command = [
        sys.executable,
        "-m",
        "portal.reports.pdf_text",
        f"--max-characters={max_characters}",
        f"--memory-mb={settings.PDF_EXTRACTION_MEMORY_MB}",
        f"--cpu-seconds={timeout}",
    ]
    try:
        child = subprocess.run(  # noqa: S603 - our own module, no shell
            command, input=data, capture_output=True, timeout=timeout, cwd=PACKAGE_ROOT, env={}
        )
    except subprocess.TimeoutExpired:
        return "", UnreadableReason.TIMEOUT
    if child.returncode == 0:
        # PostgreSQL text cannot hold NUL characters.
        text = child.stdout.decode("utf-8", "replace").replace("\x00", "")[:max_characters]
        return text, "" if text.strip() else UnreadableReason.NO_TEXT
    reasons = {
        EXIT_ENCRYPTED: UnreadableReason.ENCRYPTED,
        EXIT_TOO_MUCH_MEMORY: UnreadableReason.TOO_MUCH_MEMORY,
        -signal.SIGXCPU: UnreadableReason.TIMEOUT,
        # The kernel's out-of-memory killer.
        -signal.SIGKILL: UnreadableReason.TOO_MUCH_MEMORY,
    }
    reason = reasons.get(child.returncode, UnreadableReason.DAMAGED)
    if reason == UnreadableReason.DAMAGED:
        logger.warning(
            "PDF text extraction failed (exit %s): %s",
            child.returncode,
            child.stderr.decode("utf-8", "replace")[:300],
        )
    return "", reason


def store_document_text(document):
    """Extracts and stores the text of a PDF document when its file is new or replaced, drops
    it when the file is no PDF; True when the stored text changed. Never raises: an unreadable
    file is kept and the reason recorded for the editor."""
    # The child process runs this module without Django: Django parts are imported here.
    from portal.reports.choices import UnreadableReason
    from portal.reports.models import DocumentText

    if document.file_extension.lower() != "pdf":
        deleted, _details = DocumentText.objects.filter(document=document).delete()
        return bool(deleted)
    record = DocumentText.objects.filter(document=document).first()
    if record is not None and record.file_name == document.file.name:
        return False
    record = record or DocumentText(document=document)
    record.file_name = document.file.name
    try:
        with document.open_file() as file:
            data = file.read()
    except OSError as error:
        logger.warning("Could not open the file of document %s: %s", document.pk, error)
        record.text, record.unreadable_reason = "", UnreadableReason.DAMAGED
    else:
        record.text, record.unreadable_reason = read_pdf(data)
    if record.unreadable_reason:
        logger.warning("No text from document %s: %s", document.pk, record.unreadable_reason)
    record.save()
    return True


def extract_and_index(document_id):
    """Once an upload (or a replaced file) is committed: the document's text, and the live
    reports that carry it indexed again when it changed."""
    from wagtail.documents import get_document_model
    from wagtail.search import index

    # The child process runs this module without Django: Django parts are imported here.
    from portal.reports.models import ReportPage

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not store_document_text(document):
        return
    for report in ReportPage.objects.live().filter(documents__document=document):
        index.insert_or_update_object(report)


if __name__ == "__main__":
    main()
