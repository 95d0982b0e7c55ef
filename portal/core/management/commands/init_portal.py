from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext

from portal.core.site_structure import SiteStructure, still_to_fill


class Command(BaseCommand):
    help = (
        "Creates an empty portal in every configured language: home page, indexes, zones, "
        "privacy policy, contact form, accessibility statement, site texts, cookie settings "
        "and the Site record from SITE_URL. Adds only what is missing; safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--organisation", default="", help="the institution running the portal")
        parser.add_argument("--email", default="", help="its contact e-mail address")
        parser.add_argument("--phone", default="", help="its contact telephone number")
        parser.add_argument(
            "--without-zones", action="store_true", help="leave out the four audience zones"
        )

    def handle(self, *args, **options):
        # Its report is for the operator, in the portal's default language.
        with translation.override(settings.LANGUAGE_CODE):
            self.report(options)

    def report(self, options):
        structure = SiteStructure(
            organisation=options["organisation"],
            email=options["email"],
            phone=options["phone"],
            with_zones=not options["without_zones"],
        ).build()
        created = len(structure.created)
        self.stdout.write(
            gettext("Utworzone strony: %(count)d (w każdym języku).") % {"count": created}
        )
        for page, _spec in structure.created:
            self.stdout.write(f"  {page.full_url}")
        missing = still_to_fill()
        if missing:
            self.stdout.write(gettext("Przed uruchomieniem portalu redakcja musi uzupełnić:"))
            for item in missing:
                self.stdout.write(f"  - {item}")
        else:
            self.stdout.write(gettext("Nic nie brakuje przed uruchomieniem."))
