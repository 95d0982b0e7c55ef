"""The compendium of good practices in a real browser: filters by country and stage as plain
links, used by keyboard and without JavaScript, at phone and desktop widths, axe-clean; the
whole compendium downloads as a PDF; the proposal form says what is missing."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import artifact_path, assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

COMPENDIUM = {
    "pl": "/pl/strefa-wspolpracy-miedzynarodowej/kompendium-dobrych-praktyk/",
    "en": "/en/international-cooperation-zone/compendium-of-good-practices/",
}
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def follow_by_keyboard(page, link):
    link.focus()
    expect(link).to_be_focused()
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_browse_the_compendium_by_country_and_stage_by_keyboard_without_javascript(
    page_without_js, viewport
):
    page = page_without_js
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(COMPENDIUM["pl"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Kompendium dobrych praktyk")
    everything = page.locator(".card").count()
    assert everything >= 10  # the first page of twelve

    countries = page.locator(".facet").filter(has_text="Kraj")
    follow_by_keyboard(page, countries.get_by_role("link", name=re.compile(r"^Irlandia \(3\)$")))
    assert "kraj=IE" in page.url
    expect(page.locator(".card")).to_have_count(3)
    for meta in page.locator(".card .card__meta").filter(has_text="·").all():
        expect(meta).to_contain_text("Irlandia")

    stages = page.locator(".facet").filter(has_text="Etap zatrudnienia wspomaganego")
    follow_by_keyboard(
        page, stages.get_by_role("link", name=re.compile(r"^Wsparcie w miejscu pracy.*\(\d+\)$"))
    )
    assert "kraj=IE" in page.url and "etap=on_off_job_support" in page.url
    expect(page.locator(".card")).to_have_count(2)
    chosen = stages.locator(".facet__chosen")
    expect(chosen).to_have_attribute("aria-current", "true")
    page.screenshot(path=artifact_path(f"compendium-filtered-{viewport}"), full_page=True)

    follow_by_keyboard(page, page.get_by_role("link", name="Wyczyść filtry"))
    expect(page.locator(".card")).to_have_count(everything)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_whole_compendium_downloads_as_a_pdf_in_the_visitors_language(page, language):
    page.goto(COMPENDIUM[language])
    name = (
        "Pobierz całe kompendium (PDF)"
        if language == "pl"
        else "Download the whole compendium (PDF)"
    )
    link = page.get_by_role("link", name=name)
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-language"] == language
    assert response.body().startswith(b"%PDF")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_compendium_a_practice_and_the_proposal_form_are_axe_clean(page, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(COMPENDIUM["pl"])
    assert_no_axe_violations(page)
    page.goto(COMPENDIUM["en"] + "?kraj=IE&etap=on_off_job_support")
    expect(page.locator(".card")).to_have_count(2)
    assert_no_axe_violations(page)
    page.locator(".card__title a").first.click()
    expect(page.get_by_role("heading", name="Results")).to_be_visible()
    assert_no_axe_violations(page)

    page.goto(COMPENDIUM["pl"])
    page.get_by_role("link", name="Zaproponuj dobrą praktykę").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Zaproponuj dobrą praktykę")
    assert_no_axe_violations(page)


def test_the_proposal_form_says_what_is_missing_without_javascript(page_without_js):
    page = page_without_js
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(COMPENDIUM["pl"] + "zaproponuj/")
    page.get_by_label("Nazwa praktyki").fill("Praktyka bez reszty pól")
    page.get_by_role("button", name="Wyślij propozycję").click()
    expect(page.locator("#form-errors")).to_contain_text("Nie przyjęliśmy propozycji")
    expect(page.get_by_label("Nazwa praktyki")).to_have_value("Praktyka bez reszty pól")
    expect(page.locator(".form-field__error").first).to_be_visible()
    page.screenshot(path=artifact_path("proposal-errors-phone"), full_page=True)
