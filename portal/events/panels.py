from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from portal.events.permissions import may_see_registrations


class RegistrationsPanel(Panel):
    """Seats taken and a link to the registrations, at the top of the meeting's edit form,
    for those allowed to see them."""

    def on_model_bound(self):
        if not self.heading:
            self.heading = _("Zgłoszenia")

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/registrations_panel.html"

        @cached_property
        def event(self):
            return self.instance.registration_event if self.instance.pk else None

        def is_shown(self):
            return self.event is not None and may_see_registrations(self.request.user, self.event)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["event"] = self.event
            context["waitlisted"] = self.event.registrations.filter(status="waitlisted").count()
            return context
