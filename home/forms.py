"""The contact form: the fields editors define, plus the honeypot."""

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from portal.core.forms import HoneypotForm


class ContactForm(BaseForm, HoneypotForm):
    pass


class ContactFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)
