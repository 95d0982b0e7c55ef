"""What a portal needs before its editors write a word: in every configured language the
home page, the news, reports and meetings indexes, the four zones, the privacy policy, the
contact form and the accessibility statement, with the site texts and cookie settings the
templates rely on, and the Site record. `manage.py init_portal` builds it on an empty
database; the demo loader builds on it. What exists already is left as it is, so running
it again never overwrites an editor's work.

The texts are interface strings (gettext): each language's pages get the text of that
language's catalogue, the translations made through wagtail-localize like an editor's.
"""

import json
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from home.models import ContactFormField, ContactPage, HomePage, StandardPage
from portal.accessibility.models import AccessibilityStatementPage
from portal.consent.models import ConsentCookie, ConsentSettings
from portal.core.models import SiteContent
from portal.core.translations import stable_block_id, translate_page
from portal.events.models import EventIndexPage
from portal.news.models import NewsIndexPage
from portal.reports.models import ReportIndexPage
from zones.collections import shared_collection
from zones.models import ZonePage


@dataclass(frozen=True)
class StandardPageSpec:
    key: str
    model: type
    title: str
    slug: str
    intro: str = ""
    parent: str = "home"
    show_in_menus: bool = True
    zone: bool = False


HOME = StandardPageSpec(
    "home",
    HomePage,
    _("Portal ekonomii społecznej"),
    pgettext_lazy("adres strony", "strona-glowna"),
    _(
        "Wiedza, badania i spotkania o ekonomii społecznej i zatrudnianiu osób z "
        "niepełnosprawnościami."
    ),
    parent="",
)
ZONE_KEYS = ("samorzady", "wtz", "biznes", "wspolpraca")
PAGES = [
    StandardPageSpec(
        "aktualnosci",
        NewsIndexPage,
        _("Aktualności"),
        pgettext_lazy("adres strony", "aktualnosci"),
        _("Informacje o naszych działaniach, spotkaniach i nowych publikacjach."),
    ),
    StandardPageSpec(
        "badania-i-analizy",
        ReportIndexPage,
        _("Badania i analizy"),
        pgettext_lazy("adres strony", "badania-i-analizy"),
        _("Raporty, ekspertyzy i analizy z pełnymi tekstami do pobrania."),
    ),
    StandardPageSpec(
        "spotkania",
        EventIndexPage,
        _("Spotkania"),
        pgettext_lazy("adres strony", "spotkania"),
        _(
            "Spotkania informacyjne i warsztaty. Udział jest bezpłatny; zapisz się przez "
            "formularz na stronie spotkania."
        ),
    ),
    StandardPageSpec(
        "samorzady",
        ZonePage,
        _("Strefa Samorządów"),
        pgettext_lazy("adres strony", "strefa-samorzadow"),
        _("Materiały dla gmin, powiatów i województw."),
        zone=True,
    ),
    StandardPageSpec(
        "wtz",
        ZonePage,
        _("Strefa WTZ"),
        pgettext_lazy("adres strony", "strefa-wtz"),
        _("Materiały dla warsztatów terapii zajęciowej, ich uczestników i kadry."),
        zone=True,
    ),
    StandardPageSpec(
        "biznes",
        ZonePage,
        _("Strefa Biznesu"),
        pgettext_lazy("adres strony", "strefa-biznesu"),
        _("Materiały dla pracodawców, którzy chcą zatrudniać osoby z niepełnosprawnościami."),
        zone=True,
    ),
    StandardPageSpec(
        "wspolpraca",
        ZonePage,
        _("Strefa Współpracy Międzynarodowej"),
        pgettext_lazy("adres strony", "strefa-wspolpracy-miedzynarodowej"),
        _("Współpraca z partnerami z innych krajów."),
        zone=True,
    ),
    *(
        StandardPageSpec(
            f"{zone}-badania",
            ReportIndexPage,
            _("Badania i analizy strefy"),
            pgettext_lazy("adres strony", "badania"),
            _("Raporty i ekspertyzy przygotowane dla tej strefy."),
            parent=zone,
            zone=True,
        )
        for zone in ZONE_KEYS
    ),
    StandardPageSpec(
        "prywatnosc",
        StandardPage,
        _("Polityka prywatności"),
        pgettext_lazy("adres strony", "polityka-prywatnosci"),
        _(
            "Jakie dane osobowe zbiera portal, po co, jak długo je przechowujemy i jakie masz "
            "prawa."
        ),
        show_in_menus=False,
    ),
    StandardPageSpec(
        "dostepnosc",
        AccessibilityStatementPage,
        _("Deklaracja dostępności"),
        pgettext_lazy("adres strony", "deklaracja-dostepnosci"),
        show_in_menus=False,
    ),
    StandardPageSpec(
        "kontakt",
        ContactPage,
        _("Kontakt"),
        pgettext_lazy("adres strony", "kontakt"),
        _("Masz pytanie? Napisz do nas – odpowiemy na podany adres e-mail."),
    ),
]

CONTACT_FIELDS = [
    (_("Imię i nazwisko"), "singleline"),
    (_("Adres e-mail"), "email"),
    (_("Wiadomość"), "multiline"),
    (_("Potwierdzam zapoznanie się z polityką prywatności"), "checkbox"),
]
CONSENT_TEXTS = {
    "banner_title": _("Pliki cookies na tym portalu"),
    "banner_text": _(
        "Używamy niezbędnych plików cookies, aby portal działał, a za Twoją zgodą także "
        "plików do zapamiętania ustawień, statystyki odwiedzin i wyświetlania filmów "
        "z zewnętrznych serwisów. Możesz zaakceptować wszystkie, odrzucić wszystkie albo "
        "wybrać kategorie. Zdanie możesz zmienić w każdej chwili w stopce strony."
    ),
    "necessary_description": _(
        "Bez nich portal nie działa: zapamiętują Twoją decyzję o cookies, wybrany rozmiar "
        "tekstu i kontrast oraz chronią formularze przed nadużyciami."
    ),
    "preferences_description": _(
        "Zapamiętują dodatkowe ustawienia, które wybierzesz. Obecnie portal nie zapisuje "
        "takich plików."
    ),
    "analytics_description": _(
        "Pozwalają policzyć odwiedziny i sprawdzić, które materiały są czytane, bez "
        "ustalania, kim jesteś."
    ),
    "media_description": _(
        "Pozwalają wyświetlać filmy z YouTube i Vimeo osadzone na stronach. Te serwisy mogą "
        "zapisać własne pliki cookies i poznać Twój adres IP."
    ),
}
THIS_PORTAL = _("ten portal")
VIDEO_COOKIES_PURPOSE = _("odtwarzanie filmów i statystyka serwisu")
# The cookies the portal and its video players set: category, name, provider, purpose, duration.
COOKIES = [
    (
        "necessary",
        "portal_consent",
        THIS_PORTAL,
        _("zapamiętuje Twoją decyzję o cookies"),
        _("12 miesięcy"),
    ),
    (
        "necessary",
        "reading_prefs",
        THIS_PORTAL,
        _("rozmiar tekstu i wysoki kontrast"),
        _("12 miesięcy"),
    ),
    (
        "necessary",
        "csrftoken",
        THIS_PORTAL,
        _("ochrona formularzy przed nadużyciami"),
        _("12 miesięcy"),
    ),
    (
        "media",
        "YSC, VISITOR_INFO1_LIVE",
        "YouTube (Google)",
        VIDEO_COOKIES_PURPOSE,
        _("do 6 miesięcy"),
    ),
    ("media", "vuid", "Vimeo", VIDEO_COOKIES_PURPOSE, _("do 2 lat")),
]


def texts_in(language, function, *args):
    with translation.override(language):
        return function(*args)


class SiteStructure:
    """Builds what is missing; `created` lists the pages made by this run (default
    language), `to_fill` what an editor must still write before launch."""

    def __init__(self, organisation="", email="", phone="", with_zones=True, stdout=None):
        self.organisation = organisation
        self.email = email
        self.phone = phone
        self.with_zones = with_zones
        self.stdout = stdout
        self.default_language = settings.LANGUAGE_CODE
        self.other_languages = [
            code
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code != self.default_language
        ]
        self.pages = {}
        self.created = []
        self.to_fill = []

    @transaction.atomic
    def build(self, translate=True):
        """The default language's pages (published), and with `translate` their
        translations, the site texts and the cookie settings in every language."""
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        }
        self.default_locale = self.locales[self.default_language]
        shared_collection()
        self.ensure_home()
        for spec in PAGES:
            if spec.zone and not self.with_zones:
                continue
            self.ensure_page(spec)
        if translate:
            self.translate_created_pages()
            self.ensure_site_texts()
            self.ensure_consent_settings()
        return self

    # Pages --------------------------------------------------------------------------------

    def ensure_home(self):
        home = HomePage.objects.filter(locale=self.default_locale).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own "Welcome" page, made by its first migration.
            root.get_children().filter(
                content_type__app_label="wagtailcore", content_type__model="page"
            ).delete()
            home = self.create_page(root, HOME)
        self.pages[HOME.key] = home
        self.ensure_site(home)

    def ensure_site(self, home):
        """The default Site, rooted at the home page, at the address of SITE_URL: e-mails,
        calendar files and feeds link to it."""
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        address = urlsplit(settings.SITE_URL)
        hostname = address.hostname or "localhost"
        port = address.port or (443 if address.scheme == "https" else 80)
        unchanged = (site.root_page_id, site.hostname, site.port) == (home.pk, hostname, port)
        # A hostname an administrator chose in the admin is theirs; a local one is a default.
        if unchanged or (site.pk and not is_local(site.hostname)):
            return
        site.hostname, site.port = hostname, port
        site.site_name = site.site_name or texts_in(self.default_language, str, HOME.title)
        site.root_page = home
        site.save()

    def ensure_page(self, spec):
        parent = self.pages[spec.parent]
        slug = texts_in(self.default_language, str, spec.slug)
        page = spec.model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = self.create_page(parent, spec)
        self.pages[spec.key] = page

    def create_page(self, parent, spec):
        page = spec.model(
            locale=self.default_locale,
            show_in_menus=spec.show_in_menus,
            **self.page_fields(spec, self.default_language),
        )
        self.add_form_fields(page, spec, self.default_language)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append((page, spec))
        return page

    def page_fields(self, spec, language):
        with translation.override(language):
            fields = {"title": str(spec.title), "slug": str(spec.slug)}
            if spec.intro:
                fields["intro"] = str(spec.intro)
            if spec.key == "prywatnosc":
                fields["body"] = self.rich_text_body(spec, self.privacy_policy_html())
            elif spec.model is AccessibilityStatementPage:
                fields.update(self.statement_fields())
            elif spec.model is ContactPage:
                fields["intro"] = f"<p>{spec.intro}</p>"
                fields["thank_you_text"] = "<p>{}</p>".format(
                    gettext("Dziękujemy za wiadomość. Odpowiemy najszybciej, jak to możliwe.")
                )
                fields["to_address"] = self.email
                fields["from_address"] = settings.DEFAULT_FROM_EMAIL
                fields["subject"] = gettext("Nowa wiadomość z formularza kontaktowego")
            return fields

    @staticmethod
    def rich_text_body(spec, html):
        return json.dumps(
            [{"type": "rich_text", "value": html, "id": stable_block_id(spec.key, "body", 0)}]
        )

    def privacy_policy_html(self):
        controller = self.organisation or gettext("[nazwa i adres administratora danych]")
        periods = {
            name: ngettext("%(count)d dzień", "%(count)d dni", days) % {"count": days}
            for name, days in (
                ("registrations", settings.EVENT_REGISTRATION_RETENTION_DAYS),
                ("needs", settings.EVENT_ACCESSIBILITY_RETENTION_DAYS),
                ("messages", settings.CONTACT_SUBMISSION_RETENTION_DAYS),
                ("queries", settings.SEARCH_QUERY_RETENTION_DAYS),
                ("consents", settings.CONSENT_RECORD_RETENTION_DAYS),
            )
        }
        return "".join(
            [
                "<h2>{}</h2>".format(gettext("Kto odpowiada za Twoje dane")),
                "<p>{}</p>".format(
                    gettext("Administratorem danych osobowych zbieranych przez portal jest %s.")
                    % controller
                ),
                "<h2>{}</h2>".format(gettext("Jakie dane zbieramy, po co i jak długo")),
                "<ul>",
                "<li>{}</li>".format(
                    gettext(
                        "Zapisy na spotkania: imię, nazwisko, e-mail, telefon i instytucja, aby "
                        "zorganizować spotkanie i informować o nim. Okres przechowywania: "
                        "%(registrations)s od spotkania, a potrzeb związanych z dostępnością: "
                        "%(needs)s od spotkania."
                    )
                    % periods
                ),
                "<li>{}</li>".format(
                    gettext(
                        "Formularz kontaktowy: treść wiadomości i dane, które podasz, aby "
                        "odpowiedzieć. Okres przechowywania: %(messages)s."
                    )
                    % periods
                ),
                "<li>{}</li>".format(
                    gettext(
                        "Wyszukiwarka: wpisane zapytania, aby ulepszać wyszukiwanie. Okres "
                        "przechowywania: %(queries)s."
                    )
                    % periods
                ),
                "<li>{}</li>".format(
                    gettext(
                        "Pliki cookies: Twoja decyzja o zgodzie, zapisana bez adresu IP jako "
                        "dowód zgody. Okres przechowywania: %(consents)s."
                    )
                    % periods
                ),
                "</ul>",
                "<h2>{}</h2>".format(gettext("Twoje prawa")),
                "<p>{}</p>".format(
                    gettext(
                        "Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub "
                        "ograniczenia przetwarzania oraz prawo sprzeciwu. Możesz złożyć skargę "
                        "do Prezesa Urzędu Ochrony Danych Osobowych."
                    )
                ),
            ]
        )

    def statement_fields(self):
        """Required fields not known yet hold a bracketed placeholder, which `still_to_fill`
        reports until an editor replaces it."""
        today = date.today()
        return {
            "organisation": self.organisation or gettext("[nazwa podmiotu]"),
            "site_published_on": today,
            "site_updated_on": today,
            "prepared_on": today,
            "reviewed_on": today,
            "inaccessible_content": "<p>{}</p>".format(
                gettext(
                    "Ocena dostępności tej strony jest w toku. Jeśli coś jest dla Ciebie "
                    "niedostępne, napisz do nas, a przygotujemy te treści w innej formie."
                )
            ),
            "contact_person": gettext("[osoba do kontaktu]"),
            "contact_email": self.email or settings.DEFAULT_FROM_EMAIL,
            "contact_phone": self.phone or gettext("[telefon]"),
            "complaint_procedure": "<p>{}</p><p>{}</p>".format(
                gettext(
                    "Każdy może zażądać, aby strona internetowa lub jej element były dostępne "
                    "cyfrowo, albo poprosić o informację w innej formie. W żądaniu podaj swoje "
                    "dane kontaktowe, stronę lub element, którego dotyczy, i wygodny sposób "
                    "odpowiedzi."
                ),
                gettext(
                    "Odpowiemy niezwłocznie, najpóźniej w ciągu 7 dni. Jeśli to niemożliwe, "
                    "podamy nowy termin, nie dłuższy niż 2 miesiące. Jeśli odmówimy, możesz "
                    "złożyć skargę, a po jej rozpatrzeniu wniosek do Rzecznika Praw "
                    "Obywatelskich."
                ),
            ),
            "architectural_accessibility": "<p>{}</p>".format(
                gettext("[opis dostępności budynku, w którym przyjmujecie interesantów]")
            ),
        }

    def add_form_fields(self, page, spec, language, source=None):
        """The contact form's fields; in a translation each keeps its source field's
        translation key, so the strings are matched field by field."""
        if spec.model is not ContactPage:
            return
        with translation.override(language):
            page.form_fields = [
                # In this order on the form (no sort order: any order the database likes).
                ContactFormField(
                    locale=page.locale,
                    label=str(label),
                    field_type=kind,
                    required=True,
                    sort_order=position,
                )
                for position, (label, kind) in enumerate(CONTACT_FIELDS)
            ]
        if source is not None:
            for field, original in zip(
                page.form_fields.all(), source.form_fields.all(), strict=True
            ):
                field.translation_key = original.translation_key

    def translate_created_pages(self):
        for page, spec in sorted(self.created, key=lambda item: item[0].path):
            for language in self.other_languages:
                if page.has_translation(self.locales[language]):
                    continue
                copy = spec.model(locale=self.locales[language], **self.page_fields(spec, language))
                self.add_form_fields(copy, spec, language, source=page)
                translate_page(page, copy, self.locales[language])

    # Snippets -----------------------------------------------------------------------------

    def ensure_site_texts(self):
        source = SiteContent.objects.filter(locale=self.default_locale).first()
        if source is None:
            source = SiteContent.objects.create(
                locale=self.default_locale,
                organisation=self.organisation,
                email=self.email,
                phone=self.phone,
                privacy_policy_page=self.pages["prywatnosc"],
            )
        for language in self.other_languages:
            if not source.has_translation(self.locales[language]):
                source.copy_for_translation(self.locales[language]).save()

    def ensure_consent_settings(self):
        source = ConsentSettings.objects.filter(locale=self.default_locale).first()
        if source is None:
            source = self.consent_settings(self.default_language)
            source.policy_page = self.pages["prywatnosc"]
            source.save()
        for language in self.other_languages:
            locale = self.locales[language]
            if source.has_translation(locale):
                continue
            translated = source.copy_for_translation(locale)
            defaults = self.consent_settings(language)
            for name in CONSENT_TEXTS:
                setattr(translated, name, getattr(defaults, name))
            translated.cookies = defaults.cookies.all()
            for cookie, original in zip(
                translated.cookies.all(), source.cookies.all(), strict=True
            ):
                cookie.translation_key = original.translation_key
            translated.save()

    def consent_settings(self, language):
        locale = self.locales[language]
        with translation.override(language):
            consent = ConsentSettings(
                locale=locale, **{name: str(text) for name, text in CONSENT_TEXTS.items()}
            )
            consent.cookies = [
                ConsentCookie(
                    locale=locale,
                    category=category,
                    name=name,
                    provider=str(provider),
                    purpose=str(purpose),
                    duration=str(duration),
                )
                for category, name, provider, purpose, duration in COOKIES
            ]
        return consent


def is_local(hostname):
    return hostname in ("localhost", "127.0.0.1", "[::1]", "::1")


def is_placeholder(value):
    """Empty, a bracketed placeholder, or the no-reply sender standing in for a contact."""
    return not value or "[" in str(value) or value == settings.DEFAULT_FROM_EMAIL


def still_to_fill():
    """What an editor must write or choose before launch, read from the database as it is
    now (so it shrinks as editors work): the empty site's placeholders and required gaps."""
    default_locale = Locale.get_default()
    missing = []
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or is_local(site.hostname):
        missing.append(gettext("Adres portalu: ustaw SITE_URL i uruchom init_portal ponownie."))
    texts = SiteContent.objects.filter(locale=default_locale).first()
    if texts is None or is_placeholder(texts.organisation) or is_placeholder(texts.email):
        missing.append(gettext("Teksty serwisu: nazwa instytucji, adres, telefon i e-mail."))
    if texts is not None and not (texts.easy_read_page_id and texts.sign_language_page_id):
        missing.append(
            gettext(
                "Teksty serwisu: strona z informacją w tekście łatwym do czytania i strona w "
                "polskim języku migowym (wymagane od podmiotów publicznych)."
            )
        )
    statement = AccessibilityStatementPage.objects.filter(locale=default_locale).first()
    if statement is not None:
        gaps = [
            str(AccessibilityStatementPage._meta.get_field(name).verbose_name)
            for name in (
                "organisation",
                "contact_person",
                "contact_email",
                "contact_phone",
                "architectural_accessibility",
            )
            if is_placeholder(getattr(statement, name))
        ]
        if gaps:
            missing.append(gettext("Deklaracja dostępności: %s.") % ", ".join(gaps))
    policy = texts.privacy_policy_page if texts is not None else None
    if policy is not None and any(
        "[" in str(block["value"]) for block in policy.specific.body.raw_data
    ):
        missing.append(gettext("Polityka prywatności: dane administratora danych."))
    contact = ContactPage.objects.filter(locale=default_locale).first()
    if contact is not None and not contact.to_address:
        missing.append(gettext("Formularz kontaktowy: adres e-mail, na który trafiają wiadomości."))
    return missing
