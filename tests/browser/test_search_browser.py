"""The report search in a real browser: results and facets without JavaScript, title
suggestions as a keyboard-usable combobox with JavaScript, axe-core on the results page."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_search_from_the_header_then_narrow_by_a_facet_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/pl/")
    page.get_by_role("search", name="Szukaj raportów").get_by_label("Szukaj raportów").fill(
        "spoldzielnia"
    )
    page.get_by_role("search", name="Szukaj raportów").get_by_role("button").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Wyszukiwarka raportów")
    summary = page.locator(".search-summary")
    expect(summary).to_contain_text("spoldzielnia")
    expect(page.locator(".search-result mark").first).to_be_visible()
    all_results = page.locator(".search-result").count()

    page.locator(".facet").filter(has_text="Strefa").get_by_role("link", name="Strefa WTZ").click()

    assert "strefa=strefa-wtz" in page.url and "q=spoldzielnia" in page.url
    chosen = page.locator(".facet").filter(has_text="Strefa").locator(".facet__chosen")
    expect(chosen).to_contain_text("Strefa WTZ")
    expect(chosen).to_have_attribute("aria-current", "true")
    narrowed = page.locator(".search-result").count()
    assert 0 < narrowed < all_results
    for meta in page.locator(".search-result .card__meta").all():
        expect(meta).to_contain_text("Strefa WTZ")


def test_the_type_facet_leads_from_reports_to_meetings_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/pl/szukaj/?q=spotkanie")
    kinds = page.locator(".facet").filter(has_text="Rodzaj treści")
    expect(kinds.locator(".facet__chosen")).to_contain_text("Raporty")
    kinds.get_by_role("link", name=re.compile(r"^Spotkania \(\d+\)$")).click()

    assert "typ=spotkania" in page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Szukaj w serwisie: Spotkania")
    expect(kinds.locator(".facet__chosen")).to_contain_text("Spotkania")
    for meta in page.locator(".search-result .card__meta").all():
        expect(meta).to_contain_text("Spotkanie")
    # A new query from this page searches meetings again.
    box = page.get_by_role("search", name="Czego szukasz?")
    box.get_by_label("Czego szukasz?").fill("warsztaty")
    box.get_by_role("button").click()
    assert "typ=spotkania" in page.url and "q=warsztaty" in page.url


@pytest.mark.parametrize("language", ["pl", "en"])
def test_results_page_has_no_serious_accessibility_violations(page, language):
    page.goto(f"/{language}/szukaj/?q=trener+pracy&sortuj=data")
    expect(page.locator(".search-result").first).to_be_visible()
    assert_no_axe_violations(page)


def test_suggestions_are_a_combobox_usable_by_keyboard(page):
    page.goto("/pl/badania-i-analizy/")
    box = page.get_by_role("combobox", name="Szukaj w raportach")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("koszty zat", delay=30)

    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option").first
    expect(option).to_contain_text("Koszty zatrudnienia trenera pracy")
    assert_no_axe_violations(page)

    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    box.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_contain_text("Koszty zatrudnienia trenera")


def test_escape_closes_the_suggestions_and_enter_searches(page):
    page.goto("/pl/")
    box = page.get_by_role("combobox", name="Szukaj raportów")
    box.press_sequentially("spoldz", delay=30)
    expect(page.get_by_role("listbox")).to_be_visible()

    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/pl/szukaj/\?q=spoldz"))
