"""Builds the demo site from the data in `content/` on the empty portal of `init_portal`
(portal.core.site_structure): the standard pages that command makes get the demo's text
when they are made in the same run, and the demo adds its own pages around them.

Polish pages are created first; their versions in the portal's other languages
(PORTAL_LANGUAGES) are then made through wagtail-localize (translation sources, string
translations, `save_target`), exactly as an editor's translation would be, so they stay in
sync with the Polish ones in the admin. A page gets a language only if its spec has that
language's text in every `T` (English: every page; Ukrainian: the project information), so
the others stay untranslated there, as a partner language's would be.

Only what is missing is created: pages, documents and tags that already exist (found by slug
or title) are left as they are, so running the loader again never overwrites an editor's work.
"""

import io
import json
from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.images.models import Image

from home.models import ContactFormField, ContactPage, StandardPage
from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
from portal.core.models import SiteContent, Tag
from portal.core.site_structure import SiteStructure
from portal.core.translations import stable_block_id as stable_id
from portal.core.translations import translate_page
from portal.demo import content
from portal.demo.assets import make_image, make_logo_strip, make_pdf, make_pictogram
from portal.demo.text import T, written_in
from portal.demo.trainings import TrainingsDemo
from portal.events.booking import add_attendees
from portal.events.models import EventAudienceZone, EventIndexPage, EventPage, Registration
from portal.news.models import NewsIndexPage, NewsPage, NewsPageTag, NewsRelatedPage
from portal.practices.models import PracticeIndexPage, PracticePage
from portal.reports.models import (
    ReportDocument,
    ReportIndexPage,
    ReportPage,
    ReportPageTag,
    ReportRelatedPage,
)
from search.models import Synonym
from zones.collections import sort_root_files
from zones.models import ZonePage


def pick(value, lang):
    return getattr(value, lang) if isinstance(value, T) else value


def raw_value(value, lang, id_prefix):
    if isinstance(value, T):
        return getattr(value, lang)
    if isinstance(value, dict):
        return {key: raw_value(item, lang, f"{id_prefix}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [
            {
                "type": "item",
                "value": raw_value(item, lang, f"{id_prefix}.{i}"),
                "id": stable_id(id_prefix, i),
            }
            for i, item in enumerate(value)
        ]
    return value


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.pages = {}
        self.demo_pages = []
        self.new_pages = []
        self.documents = {}
        self.tags = {}
        self.fresh_standard_pages = set()

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        structure = SiteStructure(
            organisation=content.SITE["organisation"].pl,
            email=content.SITE["email"],
            phone=content.SITE["phone"],
        ).build(translate=False)
        self.pl = structure.locales["pl"]
        self.translations = {
            language: structure.locales[language] for language in structure.other_languages
        }
        self.fresh_standard_pages = {page.pk for page, _spec in structure.created}
        self.load_tags()
        self.load_synonyms()
        self.load_documents()
        home = self.demo_version(structure.pages["home"], content.HOME, "home")
        self.build_tree(home)
        for page, spec, kind in self.new_pages:
            self.fill_and_publish(page, spec, kind)
        # By path, so a parent is translated before its children.
        translated = sum(
            self.translate(page, spec, kind, language)
            for page, spec, kind in sorted(self.demo_pages, key=lambda item: item[0].path)
            for language in self.translations
        )
        trainings_created, trainings_translated = TrainingsDemo(self).build()
        created = len(self.new_pages) + trainings_created
        translated += trainings_translated
        self.ensure_site_content()
        structure.ensure_consent_settings()
        self.ensure_demo_registrations()
        # New files start in the root collection; now that pages use them, each goes into
        # its zone's collection or "Wspólne". Groups come from `migrate`, not from here.
        sort_root_files()
        self.log(f"Demo content: {created} new Polish pages, {translated} translated.")
        return created

    # Shared pieces -------------------------------------------------------------------------

    def load_tags(self):
        for spec in content.TAGS:
            tag = Tag.objects.filter(locale=self.pl, slug=spec["key"]).first()
            if tag is None:
                tag = Tag.objects.create(locale=self.pl, slug=spec["key"], name=spec["name"].pl)
            for language, locale in self.translations.items():
                if written_in(spec["name"], language) and not tag.has_translation(locale):
                    translation = tag.copy_for_translation(locale)
                    translation.name = pick(spec["name"], language)
                    translation.save()
            self.tags[spec["key"]] = tag

    @staticmethod
    def load_synonyms():
        for term, meaning in content.SYNONYMS:
            Synonym.objects.get_or_create(term=term, defaults={"meaning": meaning})

    def load_documents(self):
        for report in content.REPORTS:
            for spec in report["documents"]:
                document = Document.objects.filter(title=spec["title"]).first()
                if document is None:
                    pdf = make_pdf(spec["title"], spec["sections"], language=spec["language"])
                    document = Document(title=spec["title"])
                    document.file.save(spec["filename"], ContentFile(pdf), save=False)
                    document.save()
                self.documents[spec["key"]] = document

    def image_for(self, seed, alt_text):
        image = Image.objects.filter(title=seed).first()
        if image is None:
            picture = ImageFile(io.BytesIO(make_image(seed)), name=f"{seed}.png")
            image = Image.objects.create(title=seed, description=alt_text, file=picture)
        return image

    def pictogram(self, kind):
        title = f"Piktogram – {content.PICTOGRAM_NAMES[kind]}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            picture = ImageFile(io.BytesIO(make_pictogram(kind)), name=f"piktogram-{kind}.png")
            image = Image.objects.create(title=title, file=picture)
        return image

    def eu_funds_logos(self, lang):
        spec = content.EU_FUNDS_LOGOS
        title = "Zestawienie znaków funduszy UE (przykład)"
        image = Image.objects.filter(title=title).first()
        if image is None:
            strip = ImageFile(io.BytesIO(make_logo_strip(spec["labels"])), name="fundusze-ue.png")
            image = Image.objects.create(title=title, file=strip)
        value = {"image": image.pk, "decorative": False, "alt_text": pick(spec["alt_text"], lang)}
        return json.dumps([{"type": "logo", "value": value, "id": stable_id("eu-funds", 0)}])

    def ensure_site_content(self):
        spec = content.SITE
        source = SiteContent.objects.filter(locale=self.pl).first()
        if source is None:
            source = SiteContent.objects.create(
                locale=self.pl,
                privacy_policy_page=self.pages["prywatnosc"],
                easy_read_page=self.pages[content.EASY_READ["key"]],
                sign_language_page=self.pages[content.SIGN_LANGUAGE_PAGE["key"]],
                **self.site_fields(spec, "pl"),
            )
        texts = [spec, content.ORGANISATION_DESCRIPTION, content.EU_FUNDS_LOGOS]
        for language, locale in self.translations.items():
            if not written_in(texts, language) or source.has_translation(locale):
                continue
            translation = source.copy_for_translation(locale)
            for name, value in self.site_fields(spec, language).items():
                setattr(translation, name, value)
            translation.save()

    def ensure_demo_registrations(self):
        """Fictional sign-ups, so one meeting is nearly full and a past one has attendees."""
        now = timezone.now()
        for spec in content.EVENTS:
            event = self.pages[spec["key"]]
            if not spec["registrations"] or event.registration_set.exists():
                continue
            past = event.is_past(now)
            for first_name, last_name, organisation_type, organisation, companions in spec[
                "registrations"
            ]:
                registration = Registration.objects.create(
                    event=event,
                    status=Registration.Status.CONFIRMED,
                    language="pl",
                    people=1 + len(companions),
                    first_name=first_name,
                    last_name=last_name,
                    email=f"{slugify(first_name)}.{slugify(last_name)}@example.org",
                    organisation=organisation,
                    organisation_type=organisation_type,
                    role="Koordynator/ka",
                    privacy_consent_at=now,
                    accessibility_consent_at=now
                    if any(needs for *_, needs in companions)
                    else None,
                    confirmed_at=now,
                    attended=True if past else None,
                )
                add_attendees(
                    registration,
                    [
                        {"first_name": first, "last_name": last, "accessibility_needs": needs}
                        for first, last, needs in companions
                    ],
                )
                registration.attendees.update(attended=registration.attended)

    def site_fields(self, spec, lang):
        return {
            "organisation": pick(spec["organisation"], lang),
            "address": pick(spec["address"], lang),
            "phone": spec["phone"],
            "email": spec["email"],
            "eu_funds_statement": pick(spec["eu_funds_statement"], lang),
            "footer_note": pick(spec["footer_note"], lang),
            "registration_privacy_notice": pick(spec["registration_privacy_notice"], lang),
            "training_privacy_notice": pick(spec["training_privacy_notice"], lang),
            "organisation_description": pick(content.ORGANISATION_DESCRIPTION, lang),
            "eu_funds_logos": self.eu_funds_logos(lang),
        }

    # The page tree -------------------------------------------------------------------------

    def demo_version(self, page, spec, kind):
        """A page of the site structure: the demo's text replaces the structure's defaults
        if the structure made it in this run; an existing page is left as it is."""
        if page.pk in self.fresh_standard_pages:
            for name, value in self.fields(spec, "pl", kind).items():
                setattr(page, name, value)
            self.new_pages.append((page, spec, kind))
        self.pages[spec["key"]] = page
        self.demo_pages.append((page, spec, kind))
        return page

    def build_tree(self, home):
        self.child(home, NewsIndexPage, content.NEWS_INDEX, "index", show_in_menus=True)
        central_reports = self.child(
            home, ReportIndexPage, content.REPORT_INDEX, "index", show_in_menus=True
        )
        event_index = self.child(
            home, EventIndexPage, content.EVENT_INDEX, "index", show_in_menus=True
        )
        zones = {}
        for spec in content.ZONES:
            zone = self.child(home, ZonePage, spec, "zone", show_in_menus=True)
            zones[spec["key"]] = zone
            for page_spec in spec.get("pages", []):
                self.child(zone, StandardPage, page_spec, "standard", show_in_menus=True)
            zone_spec = dict(content.ZONE_REPORT_INDEX, key=f"{spec['key']}-badania")
            zones[spec["key"], "reports"] = self.child(
                zone, ReportIndexPage, zone_spec, "index", show_in_menus=True
            )
        for spec in content.STANDARD_PAGES:
            self.child(
                home, StandardPage, spec, "standard", show_in_menus=spec.get("show_in_menus", False)
            )
        self.child(home, StandardPage, content.SIGN_LANGUAGE_PAGE, "standard")
        self.child(home, EasyReadPage, content.EASY_READ, "easy_read")
        self.child(home, AccessibilityStatementPage, content.STATEMENT, "statement")
        self.child(home, ContactPage, content.CONTACT, "contact", show_in_menus=True)
        news_index = self.pages[content.NEWS_INDEX["key"]]
        for spec in content.NEWS:
            parent = zones[spec["zone"]] if spec.get("zone") else news_index
            self.child(parent, NewsPage, spec, "news")
        for spec in content.REPORTS:
            parent = zones[spec["zone"], "reports"] if spec.get("zone") else central_reports
            self.child(parent, ReportPage, spec, "report")
        for spec in content.EVENTS:
            parent = zones[spec["zone"]] if spec.get("zone") else event_index
            self.child(parent, EventPage, spec, "event")
        compendium = self.child(
            zones[content.PRACTICE_INDEX["zone"]],
            PracticeIndexPage,
            content.PRACTICE_INDEX,
            "index",
            show_in_menus=True,
        )
        for spec in content.PRACTICES:
            self.child(compendium, PracticePage, spec, "practice")

    def child(self, parent, model, spec, kind, show_in_menus=False):
        slug = spec["slug"].pl
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return self.demo_version(existing, spec, kind)
        page = model(
            locale=self.pl,
            slug=slug,
            show_in_menus=show_in_menus,
            live=False,
            **self.fields(spec, "pl", kind),
        )
        parent.add_child(instance=page)
        self.pages[spec["key"]] = page
        self.new_pages.append((page, spec, kind))
        self.demo_pages.append((page, spec, kind))
        return page

    def fields(self, spec, lang, kind=None):
        """The model fields of a page in one language, without references to other pages."""
        values = {"title": pick(spec["title"], lang)}
        for name in ("intro", "lead", "summary", "authors", "image_alt"):
            if name in spec:
                values[name] = pick(spec[name], lang)
        if kind == "news":
            values["date"] = date.fromisoformat(spec["date"])
        if kind == "report":
            values["publication_date"] = date.fromisoformat(spec["publication_date"])
            values["report_type"] = spec["report_type"]
        if kind == "event":
            values.update(self.event_fields(spec, lang))
        if kind == "practice":
            values["country"] = spec["country"]
            for name in ("partner_organisation", "success_factors", "contacts"):
                values[name] = pick(spec[name], lang)
            values["results"] = self.body_json(spec, lang, "results")
        if kind == "statement":
            for name, value in spec["fields"].items():
                value = pick(value, lang)
                values[name] = date.fromisoformat(value) if name.endswith("_on") else value
        if kind == "contact":
            values["intro"] = f"<p>{pick(spec['intro'], lang)}</p>"
            values["thank_you_text"] = f"<p>{pick(spec['thank_you'], lang)}</p>"
            values["to_address"] = spec["to_address"]
            values["from_address"] = spec["from_address"]
            values["subject"] = pick(spec["subject"], lang)
        return values

    @staticmethod
    def event_fields(spec, lang):
        day = timezone.localdate() + timedelta(days=spec["days_from_now"])
        start = timezone.make_aware(datetime.combine(day, time.fromisoformat(spec["start"])))
        values = {
            "start": start,
            "end": start + timedelta(hours=spec["hours"]),
            "capacity": spec["capacity"],
            "max_people_per_registration": spec["max_people"],
            "waitlist_enabled": spec["waitlist"],
            "online_url": spec.get("online_url", ""),
            "organiser_email": content.ORGANISER["organiser_email"],
            "organiser_phone": content.ORGANISER["organiser_phone"],
            "organiser_name": pick(content.ORGANISER["organiser_name"], lang),
        }
        for name in ("venue_name", "venue_address", "venue_accessibility"):
            values[name] = pick(spec.get(name, ""), lang)
        return values

    def body_json(self, spec, lang, name="body"):
        blocks = []
        for index, (block_type, value) in enumerate(spec.get(name, [])):
            block_id = stable_id(spec["key"], name, index)
            value = self.resolve_references(block_type, value)
            blocks.append(
                {"type": block_type, "value": raw_value(value, lang, block_id), "id": block_id}
            )
        return json.dumps(blocks)

    def resolve_references(self, block_type, value):
        if block_type == "downloads":
            return dict(value, documents=[self.documents[key].pk for key in value["documents"]])
        if block_type == "call_to_action":
            link = value.get("link_page")
            return dict(value, link_page=self.pages[link].pk if link else None)
        if block_type == "easy_read":
            # Pictograms illustrate what the sentence already says: decorative, no alt text.
            paragraphs = [
                dict(item, pictogram={"image": self.pictogram(item["pictogram"]).pk,
                                      "decorative": True, "alt_text": ""})
                for item in value["paragraphs"]
            ]  # fmt: skip
            return dict(value, paragraphs=paragraphs)
        return value

    def fill_and_publish(self, page, spec, kind):
        if hasattr(page, "body"):
            page.body = self.body_json(spec, "pl")
        if kind == "news" and spec.get("image"):
            page.image = self.image_for(spec["image"], pick(spec["image_alt"], "pl"))
        if kind in ("news", "report"):
            tag_model, related_model = (
                (NewsPageTag, NewsRelatedPage)
                if kind == "news"
                else (ReportPageTag, ReportRelatedPage)
            )
            page.tag_links = [tag_model(tag=self.tags[key]) for key in spec.get("tags", [])]
            page.related_links = [
                related_model(related_page=self.pages[key]) for key in spec.get("related", [])
            ]
        if kind == "report":
            page.documents = [
                ReportDocument(document=self.documents[item["key"]], language=item["language"])
                for item in spec["documents"]
            ]
        if kind == "event":
            page.audience_zones = [
                EventAudienceZone(zone=self.pages[key]) for key in spec["audience"]
            ]
        if kind == "contact":
            page.form_fields = self.form_fields(spec, "pl", locale=self.pl)
        if kind == "practice":
            page.set_classifications(
                {
                    "stage": spec["stages"],
                    "work_area": spec["work_areas"],
                    "target_group": spec["target_groups"],
                }
            )
        page.save_revision().publish()

    def form_fields(self, spec, lang, locale):
        return [
            ContactFormField(
                locale=locale,
                label=pick(field["label"], lang),
                field_type=field["field_type"],
                required=field["required"],
                choices=pick(field.get("choices") or "", lang),
                help_text=pick(field.get("help_text") or "", lang),
                sort_order=position,
            )
            for position, field in enumerate(spec["fields"])
        ]

    # Translations through wagtail-localize ------------------------------------------------

    def twin(self, page, spec, kind, language):
        """An unsaved copy of the page holding the text of `language` in the same structure."""
        locale = self.translations[language]
        twin = type(page)(
            locale=locale, slug=pick(spec["slug"], language), **self.fields(spec, language, kind)
        )
        if hasattr(page, "body"):
            twin.body = self.body_json(spec, language)
        if kind == "contact":
            twin.form_fields = self.form_fields(spec, language, locale=locale)
            for translated, original in zip(
                twin.form_fields.all(), page.form_fields.all(), strict=True
            ):
                translated.translation_key = original.translation_key
        return twin

    def translate(self, page, spec, kind, language):
        """Makes the page's version in `language` through wagtail-localize if the demo has
        its text in that language, its parent is there already and the version is not."""
        locale = self.translations[language]
        # A zone's spec holds its pages' specs too; each of them is checked on its own.
        own_text = {name: value for name, value in spec.items() if name != "pages"}
        if not written_in(own_text, language) or page.has_translation(locale):
            return False
        parent = page.get_parent()
        if not parent.is_root() and not parent.has_translation(locale):
            return False
        translate_page(page, self.twin(page, spec, kind, language), locale)
        return True
