"""The portal's languages are configuration: PORTAL_LANGUAGES (e.g. `pl,en,uk`) sets the
content languages, the interface languages and the locales; the first is the default, the
one registrations, capacities and the accessibility statement hang on. Adding a language is
this setting and a .po file (locale/<code>/LC_MESSAGES/django.po), no code."""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language_info


def portal_languages(value):
    """[(code, the language's own name)] from a comma-separated list of language codes."""
    codes = [code.strip().lower() for code in value.split(",") if code.strip()]
    if not codes:
        raise ImproperlyConfigured("PORTAL_LANGUAGES must name at least one language, e.g. pl,en.")
    unknown = [code for code in codes if code not in LANG_INFO or "fallback" in LANG_INFO[code]]
    if unknown:
        raise ImproperlyConfigured(
            f"PORTAL_LANGUAGES: unknown language code(s) {', '.join(unknown)}; use codes Django "
            f"knows, such as pl, en, uk, de, cs, ga."
        )
    if len(set(codes)) != len(codes):
        raise ImproperlyConfigured(f"PORTAL_LANGUAGES names a language twice: {value}")
    return [(code, own_name(code)) for code in codes]


def own_name(code):
    name = LANG_INFO[code]["name_local"]
    return name[:1].upper() + name[1:]


def configured_languages():
    """Choices of a stored language: the configured ones, named in the reader's language.
    A callable, so a change of PORTAL_LANGUAGES needs no migration."""
    return [
        (code, get_language_info(code)["name_translated"]) for code, _name in settings.LANGUAGES
    ]


def version_link(page, request=None):
    """A link to a page in its own language, named "Language: title", for lists that send
    the visitor to another language's version."""
    code = page.locale.language_code
    return {
        "url": page.get_url(request),
        "title": page.title,
        "code": code,
        "language": dict(settings.LANGUAGES).get(code, code),
    }


def in_language_order(links):
    """Links in the order of PORTAL_LANGUAGES, as the switcher lists them."""
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    return sorted(links, key=lambda link: order.get(link["code"], len(order)))
