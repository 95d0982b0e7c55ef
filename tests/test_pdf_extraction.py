"""PDF text extraction is bounded: a crafted file cannot hold or kill the worker that receives
it. The file is kept, its text is marked unreadable with the reason, and editors see why."""

import io
import itertools
import zlib

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from pypdf import PdfWriter
from wagtail.documents.models import Document
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.users.models import UserProfile

from portal.demo.assets import make_pdf
from portal.reports.models import DocumentText
from tests.test_search import publish_report, titles
from tests.tree import build_tree

pytestmark = pytest.mark.django_db


def raw_pdf(content, pages=1, deflated=1):
    """A PDF written byte by byte: `pages` pages sharing one content stream, compressed
    `deflated` times over (each FlateDecode shrinks repeated bytes a thousandfold)."""
    stream = content
    for _ in range(deflated):
        stream = zlib.compress(stream, 9)
    filters = b" ".join([b"/FlateDecode"] * deflated)
    kids = b" ".join(b"%d 0 R" % (5 + page) for page in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(stream), filters)
        + stream
        + b"\nendstream",
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    objects += [page] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def slow_pdf():
    """9 KB that inflate to 3.4 MB of text operators: pypdf reads them for about 20 s."""
    return raw_pdf(b"BT /F1 12 Tf 72 712 Td " + b"(Ala ma kota) Tj " * 200_000 + b"ET", pages=3)


def decompression_bomb():
    """Under 1 KB that inflate twice to a 70 MB string: read in-process it takes about 1 GB."""
    return raw_pdf(b"BT /F1 12 Tf 72 712 Td (" + b"a" * 70_000_000 + b") Tj ET", deflated=2)


def editor_client(client, language="pl"):
    """Logged in as an editor who may add and change documents, in the admin's language."""
    editor = User.objects.create_user(username="redaktorka-plikow", password="x")
    group = Group.objects.create(name="Redakcja plików (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(codename=codename),
        )
    editor.groups.add(group)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    return client


def upload(client, name, content):
    """Through the admin's "Dodaj dokument" (the multiple uploader), as the browser sends it;
    the text is read once the upload is committed."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/admin/documents/multiple/add/",
            {
                "files[]": ContentFile(content, name=name),
                "collection": Collection.get_first_root_node().pk,
            },
        )
    assert response.status_code == 200
    assert response.json()["success"] is True
    return Document.objects.get(pk=response.json()["doc_id"])


def saved_document(name, content):
    document = Document(title=name)
    document.file.save(name, ContentFile(content), save=False)
    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    return document


@override_settings(PDF_EXTRACTION_TIMEOUT_SECONDS=1)
def test_a_pdf_that_takes_too_long_to_read_is_kept_and_the_editor_sees_why(client, admin_client):
    document = upload(editor_client(client), "raport-pulapka.pdf", slow_pdf())

    record = DocumentText.objects.get(document=document)
    assert record.unreadable_reason == "timeout" and record.text == ""
    edit = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Nie udało się odczytać tekstu z tego pliku" in edit
    assert "odczyt tekstu trwał dłużej, niż pozwala limit" in edit

    report = publish_report(
        parent=build_tree(zone_names=()).reports,
        title="Raport z pułapką",
        documents=[(document, "pl")],
    )
    profile = UserProfile.get_for_user(User.objects.get(username="admin"))
    profile.preferred_language = "en"
    profile.save()
    panel = admin_client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    assert "raport-pulapka.pdf" in panel
    assert "reading its text took longer than the limit allows" in panel


@override_settings(PDF_EXTRACTION_MEMORY_MB=256, PDF_EXTRACTION_TIMEOUT_SECONDS=60)
def test_a_pdf_that_needs_too_much_memory_is_kept_and_marked_unreadable(client):
    """Under the default memory limit."""
    content = decompression_bomb()
    assert len(content) < 1024
    document = upload(editor_client(client, "en"), "bomba.pdf", content)

    assert DocumentText.objects.get(document=document).unreadable_reason == "too_much_memory"
    assert Document.objects.filter(pk=document.pk).exists()
    edit = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "The text of this file could not be read" in edit
    assert "reading its text needed more memory than the limit allows" in edit


def test_files_that_give_no_text_say_why():
    encrypted = PdfWriter()
    encrypted.add_blank_page(width=200, height=200)
    encrypted.encrypt(user_password="tajne", algorithm="RC4-128")
    secret = io.BytesIO()
    encrypted.write(secret)
    blank = PdfWriter()
    blank.add_blank_page(width=200, height=200)
    scan = io.BytesIO()
    blank.write(scan)
    files = {
        "obrazek.pdf": (b"GIF89a" + bytes(64), "not_a_pdf"),
        "tajny.pdf": (secret.getvalue(), "encrypted"),
        "skan.pdf": (scan.getvalue(), "no_text"),
        "zepsuty.pdf": (b"%PDF-1.4 to nie jest PDF", "damaged"),
    }
    for name, (content, reason) in files.items():
        record = DocumentText.objects.get(document=saved_document(name, content))
        assert (record.unreadable_reason, record.text) == (reason, ""), name


@override_settings(PDF_TEXT_MAX_CHARACTERS=1_000)
def test_the_stored_text_of_a_pdf_is_capped():
    words = " ".join(itertools.repeat("Spółdzielnia socjalna zatrudnia.", 400))
    document = saved_document("dlugi.pdf", make_pdf("Długi", [("Treść", [words])], language="pl"))

    record = DocumentText.objects.get(document=document)
    assert record.unreadable_reason == "" and 900 <= len(record.text) <= 1_000


def test_a_normal_pdf_uploaded_by_an_editor_gets_its_text_and_is_found(client):
    sections = [("Treść", ["Ankietowani cenią berberysowe ogrody."])]
    content = make_pdf("Ogrody", sections, language="pl")
    document = upload(editor_client(client), "ogrody.pdf", content)

    record = DocumentText.objects.get(document=document)
    assert record.unreadable_reason == "" and "berberysowe ogrody" in record.text
    publish_report(
        parent=build_tree(zone_names=()).reports,
        title="Raport o ogrodach",
        documents=[(document, "pl")],
    )
    client.logout()
    assert titles(client.get("/pl/szukaj/", {"q": "berberysowe"})) == ["Raport o ogrodach"]
