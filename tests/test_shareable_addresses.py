"""Addresses shared before the parameters were made consistently Polish (and the stored values
English) still lead where they led."""

from urllib.parse import parse_qs, urlsplit

import pytest

from portal.reports.choices import ReportType
from search.views import CENTRAL

pytestmark = pytest.mark.django_db


def test_an_old_search_address_redirects_to_the_current_one(client):
    response = client.get(
        "/pl/szukaj/", {"q": "trener", "sort": "data", "rodzaj": "raport", "strefa": "centralne"}
    )

    assert response.status_code == 301
    address = urlsplit(response["Location"])
    assert address.path == "/pl/szukaj/"
    assert parse_qs(address.query) == {
        "q": ["trener"],
        "sortuj": ["data"],
        "rodzaj": [ReportType.REPORT],
        "strefa": [CENTRAL],
    }


def test_a_current_search_address_is_served(client):
    response = client.get("/pl/szukaj/", {"q": "trener", "sortuj": "data", "strefa": CENTRAL})

    assert response.status_code == 200
    assert response.context["sort"] == "date"
    assert "sortuj=trafnosc" in response.context["sort_urls"]["relevance"]


def test_the_old_cookie_settings_address_still_opens_the_settings(client):
    response = client.get("/pl/szukaj/", {"cookies": "ustawienia", "q": "trener"})

    assert response.context["consent_show_settings"]
    assert response.context["consent_settings_url"] == (
        "/pl/szukaj/?q=trener&ciasteczka=ustawienia#consent-banner"
    )
