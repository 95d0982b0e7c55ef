"""Security headers: a strict Content-Security-Policy on public pages (no inline script or
style, frames only from the consented video hosts), a looser one of its own for the admin,
a nonce for the editors' analytics code, and a Permissions-Policy everywhere."""

import re
from pathlib import Path

import pytest

from portal.consent.models import ConsentSettings
from tests.tree import portal_fixture

pytestmark = pytest.mark.django_db

# The Polish portal: its "about" page has a video, and the cookie banner is set up.
portal = portal_fixture()

ROOT = Path(__file__).resolve().parent.parent
ABOUT = "/pl/o-projekcie/"
VIDEO_HOSTS = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}


def policy(response, header="Content-Security-Policy"):
    assert header in response, f"no {header} header"
    directives = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        directives[name] = set(values)
    return directives


def test_public_pages_have_a_strict_content_security_policy(client, portal):
    csp = policy(client.get(ABOUT))
    assert csp["default-src"] == {"'self'"}
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert csp["style-src"] == {"'self'"}
    assert csp["frame-src"] == VIDEO_HOSTS
    assert csp["img-src"] == {"'self'", "data:"}
    assert csp["object-src"] == {"'none'"}
    assert csp["base-uri"] == {"'self'"}
    assert csp["form-action"] == {"'self'"}
    assert csp["frame-ancestors"] == {"'self'"}


def test_search_forms_and_errors_have_the_policy_too(client, portal):
    for response in (
        client.get("/pl/szukaj/?q=trener"),
        client.get("/pl/nie-ma-takiej-strony/"),
        client.post("/pl/zgoda-cookies/", {"action": "reject_all", "next": ABOUT}),
    ):
        assert policy(response)["script-src"] >= {"'self'"}, response


def test_the_admin_has_a_policy_of_its_own(admin_client, portal):
    csp = policy(admin_client.get("/admin/"))
    assert csp["frame-ancestors"] == {"'self'"}
    assert csp["object-src"] == {"'none'"}
    assert "'self'" in csp["frame-src"], "page previews are shown in a frame"
    assert "'unsafe-inline'" in csp["script-src"], "Wagtail's own inline scripts"


def test_every_response_has_a_permissions_policy(client, admin_client, portal):
    for response in (client.get(ABOUT), admin_client.get("/admin/")):
        header = response["Permissions-Policy"].replace(" ", "")
        features = dict(item.split("=", 1) for item in header.split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert features[feature] == "()"
        assert features["fullscreen"].startswith("(self")


@pytest.fixture
def analytics(portal):
    snippet = (
        '<script src="https://stats.example.org/tracker.js"></script>'
        "<script>window.portalStats = 1;</script>"
        '<noscript><img src="https://stats.example.org/pixel.gif" alt=""></noscript>'
    )
    ConsentSettings.objects.update(analytics_snippet=snippet)
    return snippet


def test_the_analytics_code_carries_the_pages_nonce_before_and_after_consent(client, analytics):
    for cookie in ("", "1.00000000-0000-4000-8000-000000000000.a"):
        client.cookies["portal_consent"] = cookie
        response = client.get(ABOUT)
        html = response.content.decode()
        nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        assert html.count(f'<script nonce="{nonce}"') == 2
        csp = policy(response)
        assert "stats.example.org" in csp["script-src"]
        assert "stats.example.org" in csp["connect-src"]
        assert "stats.example.org" in csp["img-src"]
    assert '<template data-consent-category="analytics">' not in html, "active after consent"


def test_a_nonce_is_new_on_every_rendered_response(client, analytics, page_cache_off):
    """A page served from the page cache repeats its stored nonce with its stored body
    (tests/test_page_cache.py; README "Page cache" says why); each rendering makes one."""
    nonces = {
        re.search(r"'nonce-([^']+)'", client.get(ABOUT)["Content-Security-Policy"]).group(1)
        for _ in range(3)
    }
    assert len(nonces) == 3


def test_without_analytics_code_no_nonce_and_no_other_host_is_allowed(client, portal):
    ConsentSettings.objects.update(analytics_snippet="")
    header = client.get(ABOUT)["Content-Security-Policy"]
    assert "nonce-" not in header
    assert not re.search(r"\bstats\.", header)


TEMPLATE_DIRS = ["portal", "home", "zones", "search"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


@pytest.mark.parametrize(
    "template",
    sorted(
        path.relative_to(ROOT)
        for folder in TEMPLATE_DIRS
        for path in (ROOT / folder).rglob("templates/**/*.html")
    ),
    ids=str,
)
def test_no_template_has_inline_script_style_or_handlers(template):
    """The policy would block them; the browser tests catch what templates build at run time."""
    text = (ROOT / template).read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(text)
    assert not EVENT_HANDLER.search(text)
    assert not STYLE_ATTRIBUTE.search(text)
    assert "javascript:" not in text
