from django import template

register = template.Library()


@register.inclusion_tag("consent/scripts.html", takes_context=True)
def consent_scripts(context):
    """The editors' analytics code: active when allowed, otherwise inert (in a <template>)
    until the visitor allows statistics, when consent.js switches it on without a reload."""
    settings = context.get("consent_settings")
    consent = context.get("consent")
    return {
        "snippet": settings.analytics_snippet if settings else "",
        "active": bool(consent and consent.allows("analytics")),
    }


@register.simple_tag(takes_context=True)
def consent_allows(context, category):
    consent = context.get("consent")
    return bool(consent and consent.allows(category))
