"""Reading aids (text size, high contrast) kept in a strictly necessary first-party cookie,
so they work without JavaScript and without any consent."""

from dataclasses import dataclass

from django.conf import settings

COOKIE_NAME = "reading_prefs"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
TEXT_SIZES = (0, 1, 2)


@dataclass(frozen=True)
class ReadingPreferences:
    text_size: int = 0
    high_contrast: bool = False

    @classmethod
    def from_request(cls, request):
        raw = request.COOKIES.get(COOKIE_NAME, "")
        size, _, contrast = raw.partition("-")
        return cls(
            text_size=int(size) if size.isdigit() and int(size) in TEXT_SIZES else 0,
            high_contrast=contrast == "hc",
        )

    def with_changes(self, text_size=None, high_contrast=None):
        size = self.text_size if text_size is None else text_size
        return ReadingPreferences(
            text_size=size if size in TEXT_SIZES else 0,
            high_contrast=self.high_contrast if high_contrast is None else high_contrast,
        )

    @property
    def cookie_value(self):
        return f"{self.text_size}-{'hc' if self.high_contrast else 'std'}"

    @property
    def html_classes(self):
        classes = [f"text-size-{self.text_size}"]
        if self.high_contrast:
            classes.append("high-contrast")
        return " ".join(classes)

    def store(self, response):
        response.set_cookie(
            COOKIE_NAME,
            self.cookie_value,
            max_age=COOKIE_MAX_AGE,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=False,
        )
        return response
