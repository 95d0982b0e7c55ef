from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class UnreadableDocumentsPanel(Panel):
    """Tells the editor which attached PDFs gave no text, so the report will not be found by
    their contents (the files themselves are kept and offered for download)."""

    def on_model_bound(self):
        if not self.heading:
            self.heading = _("Pliki bez tekstu do wyszukiwania")

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/unreadable_documents_panel.html"

        def unreadable(self):
            if not self.instance.pk:
                return []
            return list(self.instance.unreadable_documents())

        def is_shown(self):
            return bool(self.unreadable())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["unreadable"] = self.unreadable()
            return context
