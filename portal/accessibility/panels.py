from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ReviewReminderPanel(Panel):
    """Warns in the statement's edit form when its yearly review (by 31 March) is near or
    overdue."""

    def on_model_bound(self):
        if not self.heading:
            self.heading = _("Coroczny przegląd deklaracji")

    class BoundPanel(Panel.BoundPanel):
        template_name = "accessibility/admin/review_reminder_panel.html"

        def is_shown(self):
            return bool(self.instance.reviewed_on) and self.instance.review_is_due()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["statement"] = self.instance
            context["overdue"] = self.instance.review_is_overdue()
            return context
