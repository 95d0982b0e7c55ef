from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from portal.reports.models import DocumentText


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, saying next to the file why no text could be read from it
    (so reports with it are not found by the words inside)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" not in self.fields or not self.instance.pk:
            return
        record = DocumentText.objects.unreadable().filter(document_id=self.instance.pk).first()
        if record is not None:
            self.fields["file"].help_text = _(
                "Nie udało się odczytać tekstu z tego pliku: %(reason)s. Plik jest zapisany i "
                "można go pobrać, ale raportów z tym plikiem nie da się znaleźć po słowach z "
                "jego wnętrza."
            ) % {"reason": record.get_unreadable_reason_display()}
