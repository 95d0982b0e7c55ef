from django.core.management.base import BaseCommand

from portal.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Creates the demo portal in Polish and English; adds only what is missing."

    def handle(self, *args, **options):
        DemoLoader(stdout=self.stdout).run()
