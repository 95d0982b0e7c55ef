"""Small page trees built with factories, for tests that do not need the demo content."""

from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from home.models import ContactFormField
from portal.news.models import NewsPageTag, NewsRelatedPage
from portal.reports.models import ReportDocument, ReportPageTag, ReportRelatedPage
from tests import factories


@dataclass
class Tree:
    home: object
    news_index: object
    reports: object
    zones: dict = field(default_factory=dict)
    zone_reports: dict = field(default_factory=dict)


def build_tree(zone_names=("WTZ", "Biznesu")):
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="test-home")
    make_site_root(home)
    tree = Tree(
        home=home,
        news_index=factories.NewsIndexPageFactory(parent=home, slug="aktualnosci"),
        reports=factories.ReportIndexPageFactory(parent=home, slug="badania-i-analizy"),
    )
    for name in zone_names:
        zone = factories.ZonePageFactory(parent=home, title=f"Strefa {name}")
        tree.zones[name] = zone
        tree.zone_reports[name] = factories.ReportIndexPageFactory(parent=zone, slug="badania")
    return tree


def home_from_nothing(slug, hostname):
    """A Polish home page and Site of their own, on a database an earlier transactional test
    may have flushed: the flush keeps what post_migrate makes but not what data migrations
    made (the locale, the root page and collection, wagtail-localize's permission)."""
    locale, _ = Locale.objects.get_or_create(language_code="pl")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    translation_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=translation_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    home = factories.HomePageFactory(parent=root, slug=slug)
    Site.objects.create(hostname=hostname, port=80, root_page=home)
    return home


def make_site_root(home):
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()


# A whole small portal ------------------------------------------------------------------


def english_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate(source, language="en", **fields):
    """The English (or `language`) version of a page or snippet, started as an editor's
    translation is (copy_for_translation), with that language's `fields`; a page is
    published."""
    translation = source.copy_for_translation(
        Locale.objects.get_or_create(language_code=language)[0]
    )
    for name, value in fields.items():
        setattr(translation, name, value)
    if isinstance(translation, Page):
        translation.save_revision().publish()
    else:
        translation.save()
    return translation


VIDEO = {"title": "O projekcie", "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ"}
SIGN_LANGUAGE_VIDEO = {
    "title": "Fundacja – informacja w PJM",
    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    "transcript": "Dzień dobry. Jesteśmy fundacją.",
    "has_captions": True,
}
EASY_READ = {
    "pl": [
        ("Kim jesteśmy", ["Jesteśmy fundacją. Pomagamy znaleźć pracę.",
                          "Nasze biuro jest w Warszawie. Wejdziesz bez schodów."]),
        ("Jak się z nami skontaktować", ["Napisz do nas e-mail. Możesz też zadzwonić.",
                                         "Przyjdź do biura. Jesteśmy tam od 9 do 16."]),
    ],
    "en": [
        ("Who we are", ["We are a foundation. We help people find a job.",
                        "Our office is in Warsaw. There are no steps at the entrance."]),
        ("How to contact us", ["Send us an email. You can also call us.",
                               "Visit our office. We are there from 9 to 16."]),
    ],
}  # fmt: skip
CONTACT_FIELDS = [
    ("Imię i nazwisko", "singleline", True, ""),
    ("Adres e-mail", "email", True, ""),
    ("Temat", "dropdown", True, "Pytanie\nInna sprawa"),
    ("Wiadomość", "multiline", True, ""),
]


@dataclass
class Portal:
    """The Polish portal (and, when asked, its English translation): what every public page
    leans on, and with `content=True` one page of every other type."""

    home: object
    about: object
    news_index: object
    reports: object
    events: object
    zone: object
    contact: object
    statement: object
    easy_read: object
    sign_language: object
    site_content: object
    consent: object
    content: dict = field(default_factory=dict)

    def pages(self):
        """Every Polish page, parents before children."""
        return sorted(
            [self.home, self.about, self.news_index, self.reports, self.events, self.zone,
             self.contact, self.statement, self.easy_read, self.sign_language,
             *(item for item in self.content.values() if isinstance(item, Page))],
            key=lambda page: page.path,
        )  # fmt: skip


def build_portal(english=False, content=False, statement=None):
    """Home with the menu's index pages, one zone, an "about" page with a video, the contact
    form, the accessibility pages, the footer texts and the cookie banner, in Polish; with
    `english`, English translations of all of it; with `content`, a news item, a report
    with a PDF and a meeting, tagged and recommending each other. `statement`: fields of the
    accessibility statement a test checks."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="strona-glowna")
    make_site_root(home)
    # Wagtail's welcome page, the site root after migrations, would be a page of no site.
    root.get_children().exact_type(Page).delete()
    in_menu = {"parent": home, "show_in_menus": True}
    easy_read = factories.EasyReadPageFactory(
        parent=home, slug="tekst-latwy-do-czytania", body=factories.easy_read_body(EASY_READ["pl"])
    )
    sign_language = factories.StandardPageFactory(
        parent=home,
        title="Informacje w polskim języku migowym",
        slug="polski-jezyk-migowy",
        body=[{"type": "sign_language_video", "value": SIGN_LANGUAGE_VIDEO}],
    )
    portal = Portal(
        home=home,
        about=factories.StandardPageFactory(
            parent=home,
            title="O projekcie",
            slug="o-projekcie",
            body=[{"type": "video", "value": VIDEO}],
        ),
        news_index=factories.NewsIndexPageFactory(slug="aktualnosci", **in_menu),
        reports=factories.ReportIndexPageFactory(slug="badania-i-analizy", **in_menu),
        events=factories.EventIndexPageFactory(slug="spotkania", **in_menu),
        zone=factories.ZonePageFactory(title="Strefa WTZ", slug="strefa-wtz", **in_menu),
        contact=factories.ContactPageFactory(
            slug="kontakt",
            form_fields=[
                ContactFormField(label=label, field_type=kind, required=required, choices=choices)
                for label, kind, required, choices in CONTACT_FIELDS
            ],
            **in_menu,
        ),
        statement=factories.AccessibilityStatementPageFactory(
            parent=home, slug="deklaracja-dostepnosci", **(statement or {})
        ),
        easy_read=easy_read,
        sign_language=sign_language,
        site_content=factories.SiteContentFactory(
            easy_read_page=easy_read, sign_language_page=sign_language
        ),
        consent=factories.ConsentSettingsFactory(),
    )
    if content:
        add_content(portal)
    if english:
        translate_portal(portal)
    return portal


def portal_fixture(**options):
    """A module-scoped `portal` fixture: build_portal(**options) runs once for the module,
    in a transaction rolled back after its last test; each test runs inside it (in a
    savepoint of its own, as pytest-django's `db` gives), so it sees the portal fresh.
    Building it for every test would cost seconds each."""

    @pytest.fixture(scope="module")
    def portal(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                built = build_portal(**options)
            except BaseException:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
                raise
        yield built
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)

    return portal


def add_content(portal):
    tag = factories.TagFactory(name="zatrudnienie", slug="zatrudnienie")
    news = factories.NewsPageFactory(
        parent=portal.news_index,
        image=factories.ImageFactory(description="Uczestnicy warsztatów przy stole"),
    )
    report = factories.ReportPageFactory(parent=portal.reports)
    news.tag_links = [NewsPageTag(tag=tag)]
    news.related_links = [NewsRelatedPage(related_page=report)]
    news.save_revision().publish()
    report.tag_links = [ReportPageTag(tag=tag)]
    report.related_links = [ReportRelatedPage(related_page=news)]
    report.documents = [ReportDocument(document=factories.DocumentFactory(), language="pl")]
    report.save_revision().publish()
    portal.content.update(
        tag=tag,
        news=news,
        report=report,
        event=factories.EventPageFactory(parent=portal.events),
    )


ENGLISH = {
    "home": {"title": "Home page"},
    "about": {"title": "About the project", "slug": "about"},
    "news_index": {"title": "News", "slug": "news"},
    "reports": {"title": "Research and analyses", "slug": "research-and-analyses"},
    "events": {"title": "Meetings", "slug": "meetings"},
    "zone": {"title": "Sheltered workshops zone", "slug": "sheltered-workshops"},
    "contact": {"title": "Contact", "slug": "contact"},
    "statement": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "organisation": "Wspólna Praca Foundation",
    },
    "easy_read": {"title": "Easy-to-read information", "slug": "easy-to-read"},
    "sign_language": {
        "title": "Information in Polish Sign Language",
        "slug": "polish-sign-language",
    },
    "news": {"title": "News item", "slug": "news-item", "lead": "A short teaser."},
    "report": {"title": "Report", "slug": "report", "summary": "The report's summary."},
    "event": {"title": "Meeting", "slug": "meeting", "lead": "An information meeting."},
}


def translate_portal(portal):
    named = {page.pk: name for name, page in vars(portal).items() if isinstance(page, Page)}
    named.update({page.pk: name for name, page in portal.content.items() if name != "tag"})
    for page in portal.pages():
        fields = dict(ENGLISH[named[page.pk]])
        if page.pk == portal.easy_read.pk:
            fields["body"] = factories.easy_read_body(EASY_READ["en"])
        translate(page, **fields)
    if "tag" in portal.content:
        translate(portal.content["tag"], name="employment")
    translate(
        portal.site_content,
        organisation="Wspólna Praca Foundation",
        address="ul. Przykładowa 12, 00-950 Warsaw, Poland",
        organisation_description=(
            "The foundation runs a portal on the social economy. We support the employment of "
            "people with disabilities: we publish research and analyses, prepare materials for "
            "local governments, sheltered workshops and employers, and organise meetings.\n\n"
            "To get in touch, send an email, call or visit our office on working days from "
            "9:00 to 16:00. Deaf people can contact us by text message and video call with a "
            "Polish Sign Language interpreter."
        ),
        eu_funds_statement="The portal is co-financed by the European Union.",
    )
    translate(
        portal.consent,
        banner_title="Cookies on this portal",
        banner_text="We use cookies. You can choose which ones you allow.",
    )
