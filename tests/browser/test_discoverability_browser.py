"""schema.org data in Chromium: the JSON-LD blocks of a report and a meeting are read as
data, and the Content-Security-Policy (scripts only with the response's nonce) reports no
violation for them."""

import json

import pytest

from tests.browser.test_security_headers_browser import assert_no_violations, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def demo_page(model):
    return model.objects.live().filter(locale__language_code="pl").order_by("path").first()


@pytest.mark.parametrize("kind", ["Report", "Event"])
def test_structured_data_breaks_no_policy(page, kind):
    from portal.events.models import EventPage
    from portal.reports.models import ReportPage

    model = {"Report": ReportPage, "Event": EventPage}[kind]
    console = watch(page)
    page.goto(demo_page(model).url)
    block = page.locator('head script[type="application/ld+json"]')
    assert block.count() == 1
    data = json.loads(block.text_content())
    assert data["@type"] == kind
    assert data["url"].startswith("http")
    assert_no_violations(page, console)
