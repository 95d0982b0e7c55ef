"""Form fields for what visitors type into public forms: text without invisible characters,
an e-mail address in the one spelling it is stored in, and consent that counts only when the
box is ticked."""

import unicodedata

import idna
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

# Control (Cc) and format (Cf) characters: ESC, BEL, zero-width spaces, right-to-left
# overrides... They show nothing or make a name read falsely, and spreadsheets refuse some.
# The Unicode line and paragraph separators (Zl, Zp) break a line no form field expects.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
LINE_BREAKS = frozenset("\r\n")


class VisibleTextValidator:
    """Refuses control and format characters; a multi-line field keeps its line breaks."""

    message = _(
        "Usuń z tego pola znaki sterujące lub niewidoczne (np. zmieniające kierunek tekstu)."
    )
    code = "invisible_characters"

    def __init__(self, line_breaks=False):
        self.allowed = LINE_BREAKS if line_breaks else frozenset()

    def __call__(self, value):
        if any(
            unicodedata.category(character) in INVISIBLE_CATEGORIES
            and character not in self.allowed
            for character in value
        ):
            raise ValidationError(self.message, code=self.code)


class SingleLineTextField(forms.CharField):
    default_validators = [VisibleTextValidator()]


class MultiLineTextField(forms.CharField):
    default_validators = [VisibleTextValidator(line_breaks=True)]

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))
        super().__init__(**kwargs)


def normalised_email(address):
    """The address as stored and compared: lower case, and an international domain in its
    ASCII (IDNA 2008) spelling, so "anna@żółw.pl" and "anna@xn--w-uga1v8h.pl" are one
    mailbox. Raises ValueError for a domain that is no valid international name."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return address.strip().lower()
    if domain.isascii() and "xn--" not in domain.lower():
        return f"{local}@{domain}".lower()
    return f"{local.lower()}@{idna.encode(domain, uts46=True).decode('ascii')}"


class MailboxField(forms.EmailField):
    """An e-mail address that fits the database column (254 characters), in its stored
    spelling (see `normalised_email`), without invisible characters."""

    default_validators = [*forms.EmailField.default_validators, VisibleTextValidator()]
    default_error_messages = {
        "max_length": _(
            "Adres e-mail może mieć najwyżej %(limit_value)d znaki (ten ma %(show_value)d)."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 254)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        try:
            return normalised_email(value)
        except ValueError as error:
            raise ValidationError(EmailValidator.message, code="invalid") from error


class ConsentCheckbox(forms.CheckboxInput):
    """Ticked only when the browser sends what a ticked box sends ("on", the HTML default
    value): Django's checkbox takes any other text, "off" or "0" too, as a yes."""

    def value_from_datadict(self, data, files, name):
        return data.get(name) == "on"


class ConsentField(forms.BooleanField):
    widget = ConsentCheckbox
