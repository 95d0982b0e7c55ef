from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and the local administrator: only the dev and test settings install
    this app, and the production install leaves it out (with fpdf2, the `demo` extra)."""

    name = "portal.demo"
    label = "demo"
