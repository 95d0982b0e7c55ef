import uuid

from django.conf import settings as django_settings
from django.http import HttpResponseForbidden, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.consent.models import ConsentRecord, ConsentSettings
from portal.consent.state import COOKIE_MAX_AGE, COOKIE_NAME, OPTIONAL, Consent
from portal.core.ratelimit import limit_reached
from portal.core.views import safe_next_url


def same_origin(request):
    """Refuses consent posted from another site (no CSRF cookie is set before consent)."""
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        return request.headers.get("Sec-Fetch-Site", "same-origin") in ("same-origin", "none")
    return origin.split("://", 1)[-1] == request.get_host()


@csrf_exempt
@require_POST
def save_consent(request):
    """The banner's buttons post here, with or without JavaScript."""
    if not same_origin(request):
        return HttpResponseForbidden()
    if limit_reached(request, "consent", django_settings.CONSENT_DECISIONS_PER_ADDRESS, 3600):
        return refuse_decision(request)
    settings = ConsentSettings.for_active_locale()
    version = settings.policy_version if settings else 1
    previous = Consent.from_request(request)
    action = request.POST.get("action")
    if action == ConsentRecord.Action.ACCEPT_ALL:
        allowed = set(OPTIONAL)
    elif action == ConsentRecord.Action.REJECT_ALL:
        allowed = set()
    elif action == "allow":
        # "Allow" on a blocked embed: one more category, the others as they were.
        action = ConsentRecord.Action.CUSTOM
        earlier = previous.allowed if previous.is_current(version) else set()
        allowed = set(earlier) | ({request.POST.get("category")} & set(OPTIONAL))
    else:
        action = ConsentRecord.Action.CUSTOM
        allowed = {name for name in OPTIONAL if request.POST.get(name) == "on"}
    consent = Consent(
        version=version,
        consent_id=previous.consent_id or str(uuid.uuid4()),
        allowed=frozenset(allowed),
    )
    ConsentRecord.objects.create(
        consent_id=consent.consent_id,
        action=action,
        policy_version=version,
        language=get_language() or "",
        **{name: name in allowed for name in OPTIONAL},
    )
    if request.headers.get("Accept") == "application/json":
        response = JsonResponse({"allowed": sorted(allowed)})
    else:
        response = HttpResponseRedirect(safe_next_url(request))
    response.set_cookie(
        COOKIE_NAME,
        consent.cookie_value(),
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def refuse_decision(request):
    """Over the address's hourly allowance the decision is refused, not applied without
    proof: consent we could not show a record of is no consent, and a visitor without a
    stored decision gets what "reject all" gives (nothing optional) anyway."""
    message = gettext(
        "Zbyt wiele decyzji o plikach cookies z tego adresu internetowego w ostatniej "
        "godzinie. Nie zapisaliśmy Twojego wyboru, więc nie używamy żadnych opcjonalnych "
        "plików cookies. Spróbuj ponownie za godzinę."
    )
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"error": message}, status=429)
    return TemplateResponse(
        request,
        "consent/refused.html",
        {"message": message, "back_url": safe_next_url(request)},
        status=429,
    )
