"""Builds the demo site from the data in `content/`.

Polish pages are created first; the English versions are then made through wagtail-localize
(translation sources, string translations, `save_target`), exactly as an editor's translation
would be, so the English pages stay in sync with the Polish ones in the admin.

Only what is missing is created: pages, documents and tags that already exist (found by slug
or title) are left as they are, so running the loader again never overwrites an editor's work.
"""

import io
import json
import uuid
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.models import ContactFormField, ContactPage, HomePage, StandardPage
from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
from portal.consent.models import ConsentCookie, ConsentSettings
from portal.core.models import SiteContent, Tag
from portal.demo import content
from portal.demo.assets import make_image, make_logo_strip, make_pdf, make_pictogram
from portal.demo.text import T
from portal.events.models import EventAudienceZone, EventIndexPage, EventPage, Registration
from portal.news.models import NewsIndexPage, NewsPage, NewsPageTag, NewsRelatedPage
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

ID_NAMESPACE = uuid.UUID("6f1d3c52-4d1e-4c55-9a53-0c4b1f1e2a10")
LANGUAGES = ("pl", "en")


def stable_id(*parts):
    """Block ids derived from the content's position, identical in both languages, so the
    English strings can be matched to the Polish segments by path."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


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

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        self.pl = Locale.objects.get_or_create(language_code="pl")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.load_tags()
        self.load_synonyms()
        self.load_documents()
        home = self.ensure_home()
        self.build_tree(home)
        for page, spec, kind in self.new_pages:
            self.fill_and_publish(page, spec, kind)
        translated = sum(
            self.translate(page, spec, kind)
            for page, spec, kind in sorted(self.demo_pages, key=lambda item: item[0].path)
        )
        self.ensure_site_content()
        self.ensure_consent_settings()
        self.ensure_demo_registrations()
        # New files start in the root collection; now that pages use them, each goes into
        # its zone's collection or "Wspólne". Groups come from `migrate`, not from here.
        sort_root_files()
        self.log(f"Demo content: {len(self.new_pages)} new Polish pages, {translated} translated.")
        return len(self.new_pages)

    # Shared pieces -------------------------------------------------------------------------

    def load_tags(self):
        for spec in content.TAGS:
            tag = Tag.objects.filter(locale=self.pl, slug=spec["key"]).first()
            if tag is None:
                tag = Tag.objects.create(locale=self.pl, slug=spec["key"], name=spec["name"].pl)
            if not tag.has_translation(self.en):
                translation = tag.copy_for_translation(self.en)
                translation.name = spec["name"].en
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
        if not source.has_translation(self.en):
            translation = source.copy_for_translation(self.en)
            for name, value in self.site_fields(spec, "en").items():
                setattr(translation, name, value)
            translation.save()

    def ensure_consent_settings(self):
        spec = content.CONSENT
        texts = [
            "banner_title",
            "banner_text",
            "necessary_description",
            "preferences_description",
            "analytics_description",
            "media_description",
        ]
        source = ConsentSettings.objects.filter(locale=self.pl).first()
        if source is None:
            source = ConsentSettings(
                locale=self.pl,
                policy_page=self.pages["prywatnosc"],
                **{name: spec[name].pl for name in texts},
            )
            source.cookies = self.consent_cookies(spec, "pl", self.pl)
            source.save()
        if not source.has_translation(self.en):
            translation = source.copy_for_translation(self.en)
            for name in texts:
                setattr(translation, name, spec[name].en)
            translation.cookies = self.consent_cookies(spec, "en", self.en)
            for english, polish in zip(
                translation.cookies.all(), source.cookies.all(), strict=True
            ):
                english.translation_key = polish.translation_key
            translation.save()

    @staticmethod
    def consent_cookies(spec, lang, locale):
        return [
            ConsentCookie(
                locale=locale,
                category=category,
                name=name,
                provider=pick(provider, lang),
                purpose=pick(purpose, lang),
                duration=pick(duration, lang),
            )
            for category, name, provider, purpose, duration in spec["cookies"]
        ]

    def ensure_demo_registrations(self):
        """Fictional sign-ups, so one meeting is nearly full and a past one has attendees."""
        now = timezone.now()
        for spec in content.EVENTS:
            event = self.pages[spec["key"]]
            if not spec["registrations"] or event.registration_set.exists():
                continue
            past = event.is_past(now)
            for first_name, last_name, organisation_type, organisation, people in spec[
                "registrations"
            ]:
                Registration.objects.create(
                    event=event,
                    status=Registration.Status.CONFIRMED,
                    language="pl",
                    people=people,
                    first_name=first_name,
                    last_name=last_name,
                    email=f"{slugify(first_name)}.{slugify(last_name)}@example.org",
                    organisation=organisation,
                    organisation_type=organisation_type,
                    role="Koordynator/ka",
                    privacy_consent_at=now,
                    confirmed_at=now,
                    attended=True if past else None,
                )

    def site_fields(self, spec, lang):
        return {
            "organisation": pick(spec["organisation"], lang),
            "address": pick(spec["address"], lang),
            "phone": spec["phone"],
            "email": spec["email"],
            "eu_funds_statement": pick(spec["eu_funds_statement"], lang),
            "footer_note": pick(spec["footer_note"], lang),
            "registration_privacy_notice": pick(spec["registration_privacy_notice"], lang),
            "organisation_description": pick(content.ORGANISATION_DESCRIPTION, lang),
            "eu_funds_logos": self.eu_funds_logos(lang),
        }

    # The page tree -------------------------------------------------------------------------

    def ensure_home(self):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=self.pl).first()
        if home is None:
            root = Page.get_first_root_node()
            for welcome in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore"
            ):
                welcome.delete()
            home = HomePage(
                locale=self.pl,
                slug=content.HOME["slug"].pl,
                live=False,
                **self.fields(content.HOME, "pl"),
            )
            root.add_child(instance=home)
            self.new_pages.append((home, content.HOME, "home"))
        self.demo_pages.append((home, content.HOME, "home"))
        if site is None:
            site = Site(is_default_site=True, site_name="Portal ekonomii społecznej")
        if site.root_page_id != home.pk:
            # A new install: e-mails and calendar files link to the site's address, so it
            # starts as the address the admin uses (WAGTAILADMIN_BASE_URL).
            base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = base_url.hostname or "localhost"
            site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
            site.root_page = home
            site.save()
        self.pages["home"] = home
        return home

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

    def child(self, parent, model, spec, kind, show_in_menus=False):
        slug = spec["slug"].pl
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            self.pages[spec["key"]] = existing
            self.demo_pages.append((existing, spec, kind))
            return existing
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

    def body_json(self, spec, lang):
        blocks = []
        for index, (block_type, value) in enumerate(spec.get("body", [])):
            block_id = stable_id(spec["key"], "body", index)
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
            )
            for field in spec["fields"]
        ]

    # English versions through wagtail-localize ---------------------------------------------

    def english_twin(self, page, spec, kind):
        """An unsaved copy of the page holding the English text in the same structure."""
        twin = type(page)(locale=self.en, slug=spec["slug"].en, **self.fields(spec, "en", kind))
        if hasattr(page, "body"):
            twin.body = self.body_json(spec, "en")
        if kind == "contact":
            twin.form_fields = self.form_fields(spec, "en", locale=self.en)
            for english, polish in zip(twin.form_fields.all(), page.form_fields.all(), strict=True):
                english.translation_key = polish.translation_key
        return twin

    def translate(self, page, spec, kind):
        """Makes the English version through wagtail-localize unless there is one already."""
        page = Page.objects.get(pk=page.pk).specific
        if page.has_translation(self.en):
            return False
        english = defaultdict(list)
        for segment in extract_segments(self.english_twin(page, spec, kind)):
            if isinstance(segment, StringSegmentValue):
                english[segment.path].append(segment.string.data)
        source, _created = TranslationSource.get_or_create_from_instance(page)
        seen = defaultdict(int)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments.order_by("order"):
            path = segment.context.path
            position = seen[path]
            seen[path] += 1
            try:
                data = english[path][position]
            except IndexError as error:
                raise ValueError(
                    f"Demo content of {spec.get('key')!r}: no English text for {path} #{position}"
                ) from error
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.en,
                context=segment.context,
                defaults={"data": data},
            )
        Translation.objects.get_or_create(
            source=source, target_locale=self.en, defaults={"enabled": True}
        )
        # wagtail-localize would publish only when the transaction commits; publishing the
        # draft here keeps the tree consistent inside an outer transaction (tests) as well.
        source.create_or_update_translation(self.en, publish=False)
        page.get_translation(self.en).get_latest_revision().publish()
        return True
