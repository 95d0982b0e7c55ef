"""Extracts the text of PDFs uploaded before text extraction existed; run `update_index`
afterwards so reports are found by it."""

from django.db import migrations


def extract(apps, schema_editor):
    from portal.reports.pdf_text import extract_text

    Document = apps.get_model("wagtaildocs", "Document")
    DocumentText = apps.get_model("reports", "DocumentText")
    for document in Document.objects.all():
        if not document.file.name.lower().endswith(".pdf"):
            continue
        record = DocumentText(document=document, file_name=document.file.name)
        try:
            with document.file.open("rb") as file:
                record.text = extract_text(file)
        except Exception as error:  # noqa: BLE001 - an unreadable file is only noted
            record.error = f"{type(error).__name__}: {error}"[:500]
        record.save()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_documenttext"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(extract, migrations.RunPython.noop)]
