from portal.consent.state import Consent
from portal.core.furniture import furniture_for

SETTINGS_PARAMETER = "ciasteczka"
# The name the parameter had before addresses were made Polish (see search.views), still read
# so that links shared then open the settings.
OLD_SETTINGS_PARAMETER = "cookies"


def consent(request):
    furniture = furniture_for(request)
    settings = furniture.consent_settings
    state = Consent.from_request(request)
    decided = settings is not None and state.is_current(settings.policy_version)
    parameters = (SETTINGS_PARAMETER, OLD_SETTINGS_PARAMETER)
    show_settings = any(request.GET.get(name) == "ustawienia" for name in parameters)
    params = request.GET.copy()
    for name in parameters:
        params.pop(name, None)
    query = params.urlencode()
    next_url = request.path + (f"?{query}" if query else "")
    return {
        "consent_next": next_url,
        "consent_settings_url": next_url
        + ("&" if query else "?")
        + f"{SETTINGS_PARAMETER}=ustawienia#consent-banner",
        "consent": state if decided else Consent(),
        "consent_settings": settings,
        "consent_categories": furniture.consent_categories,
        "consent_policy": furniture.consent_policy,
        "consent_banner": settings is not None and (not decided or show_settings),
        "consent_show_settings": show_settings,
    }
