from portal.consent.models import ConsentSettings
from portal.consent.state import Consent

SETTINGS_PARAMETER = "ciasteczka"
# The name the parameter had before addresses were made Polish (see search.views), still read
# so that links shared then open the settings.
OLD_SETTINGS_PARAMETER = "cookies"


def consent(request):
    settings = ConsentSettings.for_active_locale()
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
        "consent_banner": settings is not None and (not decided or show_settings),
        "consent_show_settings": show_settings,
    }
