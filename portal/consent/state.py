"""The visitor's cookie choices, kept in a first-party cookie:
`<policy version>.<consent id>.<letters of the allowed categories>`, e.g. `3.5f1c….pm`.

The consent id is random and ties the cookie to the server-side proof of consent
(ConsentRecord); nothing else about the visitor is stored.
"""

import uuid
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

COOKIE_NAME = "portal_consent"
COOKIE_MAX_AGE = 365 * 24 * 3600

NECESSARY = "necessary"
PREFERENCES = "preferences"
ANALYTICS = "analytics"
MEDIA = "media"
OPTIONAL = (PREFERENCES, ANALYTICS, MEDIA)
LETTERS = {PREFERENCES: "p", ANALYTICS: "a", MEDIA: "m"}
CATEGORY_NAMES = {
    NECESSARY: _("Niezbędne"),
    PREFERENCES: _("Preferencje"),
    ANALYTICS: _("Statystyka"),
    MEDIA: _("Media zewnętrzne"),
}


@dataclass(frozen=True)
class Consent:
    version: int | None = None
    consent_id: str = ""
    allowed: frozenset = field(default_factory=frozenset)

    @classmethod
    def from_request(cls, request):
        raw = request.COOKIES.get(COOKIE_NAME, "")
        parts = raw.split(".")
        if len(parts) != 3 or not parts[0].isdigit():
            return cls()
        try:
            consent_id = str(uuid.UUID(parts[1]))
        except ValueError:
            return cls()
        allowed = frozenset(name for name, letter in LETTERS.items() if letter in parts[2])
        return cls(version=int(parts[0]), consent_id=consent_id, allowed=allowed)

    def is_current(self, policy_version):
        return self.version == policy_version

    def allows(self, category):
        return category == NECESSARY or category in self.allowed

    def cookie_value(self):
        letters = "".join(LETTERS[name] for name in OPTIONAL if name in self.allowed)
        return f"{self.version}.{self.consent_id}.{letters or '-'}"
