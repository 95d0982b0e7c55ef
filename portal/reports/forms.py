from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from portal.reports.models import DocumentText


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, saying next to the file whether its text is still being read
    in the background or why none could be read from it (so reports with it are not found by
    the words inside)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" not in self.fields or not self.instance.pk:
            return
        if self.instance.file_extension.lower() != "pdf":
            return
        record = (
            DocumentText.objects.filter(document_id=self.instance.pk)
            .only("file_name", "unreadable_reason")
            .first()
        )
        if record is None or record.file_name != self.instance.file.name:
            self.fields["file"].help_text = _(
                "Tekst tego pliku jest odczytywany w tle. Do tego czasu raportów z tym plikiem "
                "nie da się znaleźć po słowach z jego wnętrza. Odśwież stronę za chwilę, aby "
                "zobaczyć, czy się udało."
            )
        elif record.unreadable_reason:
            self.fields["file"].help_text = _(
                "Nie udało się odczytać tekstu z tego pliku: %(reason)s. Plik jest zapisany i "
                "można go pobrać, ale raportów z tym plikiem nie da się znaleźć po słowach z "
                "jego wnętrza."
            ) % {"reason": record.get_unreadable_reason_display()}
