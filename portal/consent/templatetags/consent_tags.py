import re

from django import template

from portal.core.middleware import allow_sources

register = template.Library()

SCRIPT_TAG = re.compile(r"<script\b", re.IGNORECASE)
# Hosts the code names, written as https://host, http://host or //host (as tools do).
HOST = re.compile(r"(?:https?:)?//((?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?)", re.IGNORECASE)


@register.inclusion_tag("consent/scripts.html", takes_context=True)
def consent_scripts(context):
    """The editors' analytics code: active when allowed, otherwise inert (in a <template>)
    until the visitor allows statistics, when consent.js switches it on without a reload.

    Either way its scripts carry this response's Content-Security-Policy nonce (consent.js
    copies it to the scripts it switches on), and the hosts it names may serve scripts,
    images and beacons: the page's policy allows nothing else inline or from elsewhere."""
    settings = context.get("consent_settings")
    consent = context.get("consent")
    request = context.get("request")
    snippet = settings.analytics_snippet if settings else ""
    nonce = getattr(request, "csp_nonce", None)
    if snippet and nonce is not None:
        snippet = SCRIPT_TAG.sub(f'<script nonce="{nonce}"', snippet)
        hosts = sorted({host.lower() for host in HOST.findall(snippet)})
        allow_sources(request, ("script-src", "connect-src", "img-src"), hosts)
    return {
        "snippet": snippet,
        "active": bool(consent and consent.allows("analytics")),
    }


@register.simple_tag(takes_context=True)
def consent_allows(context, category):
    consent = context.get("consent")
    return bool(consent and consent.allows(category))
