"""Builds the demo's staff trainings and modular training programme (content/trainings.py)
inside the international zone, once the loader has made and translated the rest of the tree:
partners, the trainings page with its four trainings, the programme page with its modules and
six groups (meeting pages), each page translated through wagtail-localize like the others.
Only what is missing is created."""

import json
from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from portal.core.translations import stable_block_id as stable_id
from portal.core.translations import translate_page
from portal.demo.assets import make_pdf
from portal.demo.content import trainings as content
from portal.demo.text import T, written_in
from portal.events.models import EventPage
from portal.trainings.models import (
    Partner,
    TrainingApplication,
    TrainingIndexPage,
    TrainingPage,
    TrainingProgrammePage,
    TrainingQuota,
)

ZONE_KEY = "wspolpraca"


def pick(value, lang):
    return getattr(value, lang) if isinstance(value, T) else value


def items(values, prefix):
    """A ListBlock's raw items, with ids identical in every language."""
    return [
        {"type": "item", "value": value, "id": stable_id(prefix, index)}
        for index, value in enumerate(values)
    ]


def in_winter_break(day):
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 6)


def group_start(days, after=None):
    """A Monday about `days` from today, a week or more after the group before, whose three
    days miss the Christmas and New Year break: the demo's dates move with the day it is
    loaded, and a group on 24 December would not be believed."""
    day = timezone.localdate() + timedelta(days=days)
    day += timedelta(days=-day.weekday() % 7)
    while (after and day < after + timedelta(days=7)) or any(
        in_winter_break(day + timedelta(days=n)) for n in range(3)
    ):
        day += timedelta(days=7)
    return day


class TrainingsDemo:
    def __init__(self, loader):
        self.loader = loader
        self.pl = loader.pl
        self.translations = loader.translations
        self.created = 0
        self.translated = 0

    def build(self):
        zone = self.loader.pages[ZONE_KEY]
        self.partners = {
            spec["key"]: Partner.objects.get_or_create(
                name=spec["name"], defaults={"country": spec["country"]}
            )[0]
            for spec in content.PARTNERS
        }
        index_spec = content.TRAINING_INDEX
        index = self.ensure(
            zone,
            TrainingIndexPage,
            index_spec,
            lambda lang: {"intro": pick(index_spec["intro"], lang)},
            show_in_menus=True,
        )
        for spec in content.TRAININGS:
            training = self.ensure(
                index,
                TrainingPage,
                spec,
                lambda lang, spec=spec: self.training_fields(spec, lang),
                before_publish=self.give_places,
            )
            if "days_from_now" in spec:
                self.ensure_applications(training)
        programme = self.ensure(
            zone,
            TrainingProgrammePage,
            content.PROGRAMME,
            self.programme_fields,
            show_in_menus=True,
        )
        previous = None
        for slug, title, address, days in content.GROUPS:
            spec = {"slug": T(slug, slug), "title": title}
            previous = first_day = group_start(days, after=previous)
            self.ensure(
                programme,
                EventPage,
                spec,
                lambda lang, address=address, day=first_day: self.group_fields(address, day, lang),
            )
        return self.created, self.translated

    def ensure(self, parent, model, spec, fields, before_publish=None, show_in_menus=False):
        """The page under `parent` (by its Polish slug), made and published if missing, then
        translated into every language its text is written in."""
        slug = pick(spec["slug"], "pl")
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(
                locale=self.pl,
                slug=slug,
                title=pick(spec["title"], "pl"),
                show_in_menus=show_in_menus,
                **fields("pl"),
            )
            parent.add_child(instance=page)
            if before_publish:
                before_publish(page)
            page.save_revision().publish()
            self.created += 1
        for language, locale in self.translations.items():
            if not written_in(spec, language) or page.has_translation(locale):
                continue
            if not parent.has_translation(locale):
                continue
            twin = model(
                locale=locale,
                show_in_menus=page.show_in_menus,
                slug=pick(spec["slug"], language),
                title=pick(spec["title"], language),
                **fields(language),
            )
            translate_page(page, twin, locale)
            self.translated += 1
        return page

    # Staff trainings ---------------------------------------------------------------------

    @staticmethod
    def first_day(spec):
        if "days_from_now" in spec:
            return timezone.localdate() + timedelta(days=spec["days_from_now"])
        return date.fromisoformat(spec["start"])

    def training_fields(self, spec, lang):
        start = self.first_day(spec)
        days = []
        for number, sessions in enumerate(spec["days"]):
            prefix = stable_id(spec["key"], "programme", number)
            sessions = [
                {
                    "time": when,
                    "kind": kind,
                    "title": pick(title, lang),
                    "place": pick(place, lang),
                    "description": pick(description, lang),
                }
                for when, kind, title, place, description in sessions or []
            ]
            value = {
                "date": (start + timedelta(days=number)).isoformat(),
                "travel_day": sessions == [],
                "items": items(sessions, prefix),
            }
            days.append({"type": "day", "value": value, "id": prefix})
        outcome = []
        if spec["outcome"]:
            block_id = stable_id(spec["key"], "outcome", 0)
            outcome = [{"type": "text", "value": pick(spec["outcome"], lang), "id": block_id}]
        return {
            "lead": pick(spec["lead"], lang),
            "stage": spec["stage"],
            "host_partner": self.partners[spec["host"]],
            "start_date": start,
            "end_date": start + timedelta(days=len(spec["days"]) - 1),
            "programme": json.dumps(days),
            "travel_info": pick(spec["travel"], lang),
            "accommodation_info": pick(spec["accommodation"], lang),
            "accessibility_info": pick(spec["accessibility"], lang),
            "organiser_name": pick(content.ORGANISER_NAME, lang),
            "organiser_email": content.ORGANISER_EMAIL,
            "organiser_notifications": content.ORGANISER_NOTIFICATIONS,
            "outcome": json.dumps(outcome),
        }

    def give_places(self, training):
        """Four job coaches from every partner (the project's rule)."""
        training.quotas = [TrainingQuota(partner=partner) for partner in self.partners.values()]

    def ensure_applications(self, training):
        """Fictional applications, so the organisers' list is not empty."""
        if training.application_set.exists():
            return
        now = timezone.now()
        for number, (first_name, last_name, partner, status) in enumerate(
            [
                ("Siobhan", "Byrne", "kare", TrainingApplication.Status.ACCEPTED),
                ("Ciara", "Walsh", "kare", TrainingApplication.Status.RECEIVED),
                ("Lucía", "Romero", "empleo", TrainingApplication.Status.RECEIVED),
            ]
        ):
            TrainingApplication.objects.create(
                training=training,
                partner=self.partners[partner],
                status=status,
                language="en",
                first_name=first_name,
                last_name=last_name,
                email=f"trener{number}@example.org",
                role="Job coach",
                motivation="Demo.",
                privacy_consent_at=now,
                decided_at=now if status == TrainingApplication.Status.ACCEPTED else None,
            )

    # The modular programme -----------------------------------------------------------------

    def module_material(self, number, title, lang):
        """The module's self-study material in the page's language."""
        document_title = pick(content.MATERIAL_TITLE, lang) % {"number": number}
        document = Document.objects.filter(title=document_title).first()
        if document is None:
            sections = [(pick(title, lang), [pick(content.MATERIAL_TEXT, lang)])]
            pdf = make_pdf(document_title, sections, language=lang)
            document = Document(title=document_title)
            document.file.save(f"modul-{number}-{lang}.pdf", ContentFile(pdf), save=False)
            document.save()
        return document

    def programme_fields(self, lang):
        modules = []
        for number, (title, goals, topics) in enumerate(content.MODULES, start=1):
            prefix = stable_id("programme", "module", number)
            value = {
                "title": pick(title, lang),
                "goals": pick(goals, lang),
                "topics": items([pick(topic, lang) for topic in topics], f"{prefix}-topics"),
                "materials": items(
                    [self.module_material(number, title, lang).pk], f"{prefix}-docs"
                ),
            }
            modules.append({"type": "module", "value": value, "id": prefix})
        return {"intro": pick(content.PROGRAMME["intro"], lang), "modules": json.dumps(modules)}

    @staticmethod
    def group_fields(address, day, lang):
        start = timezone.make_aware(datetime.combine(day, time(9, 0)))
        return {
            "lead": pick(content.GROUP_LEAD, lang),
            "start": start,
            "end": start + timedelta(days=2, hours=7),
            "venue_address": address,
            "capacity": 10,
            "max_people_per_registration": 3,
            "waitlist_enabled": True,
            "organiser_name": pick(content.ORGANISER_NAME, lang),
            "organiser_email": content.ORGANISER_EMAIL,
        }
