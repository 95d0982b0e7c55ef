"""The public side of sign-ups: the form on the meeting's page and the personal page behind
the link in the e-mails, where a person checks, cancels or erases their registration."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.ratelimit import limit_reached
from portal.events import booking
from portal.events.forms import RegistrationForm
from portal.events.models import Availability, Registration

SIGNUP_STATES = {Availability.OPEN, Availability.WAITLIST}


def private(response):
    """Personal pages are never cached by a proxy nor indexed."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def event_page_view(request, page):
    availability = page.availability()
    form = None
    status = 200
    if availability in SIGNUP_STATES:
        if request.method == "POST":
            form = RegistrationForm(page, request.POST)
            if limit_reached(
                request,
                "event-signup",
                settings.EVENT_SIGNUPS_PER_ADDRESS,
                settings.EVENT_SIGNUP_WINDOW_SECONDS,
            ):
                form.is_valid()
                form.add_error(
                    None,
                    _(
                        "Z tego adresu internetowego wysłano w ostatniej godzinie zbyt wiele "
                        "zgłoszeń. Spróbuj ponownie później albo zadzwoń do organizatora."
                    ),
                )
                status = 429
            elif form.is_valid():
                try:
                    registration = booking.register(
                        page, language=page.locale.language_code, **form.registration_fields()
                    )
                except booking.SignupRefused as refusal:
                    form.add_error(None, refusal.message)
                    status = 409
                else:
                    url = page.url + page.reverse_subpage("registration", args=[registration.token])
                    return redirect(f"{url}?nowe=1")
        else:
            form = RegistrationForm(page)
    elif request.method == "POST":
        status = 409
    response = page.render(
        request,
        context_overrides={
            "availability": availability,
            "form": form,
        },
    )
    response.status_code = status
    if request.method == "POST":
        private(response)
    return response


def manage_registration_view(request, page, token):
    registration = (
        Registration.objects.filter(token=token, event=page.registration_event)
        .select_related("event")
        .first()
    )
    if registration is None:
        raise Http404
    refusal = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "cancel":
            try:
                booking.cancel(registration)
            except booking.SignupRefused as error:
                refusal = error.message
            else:
                return redirect(f"{request.path}?anulowano=1")
        if action == "erase":
            booking.erase_personal_data(registration)
            return private(
                TemplateResponse(
                    request, "events/registration_erased.html", {"page": page, "self": page}
                )
            )
    context = {
        "page": page,
        "self": page,
        "registration": registration,
        "position": registration.waitlist_position(),
        "just_registered": request.GET.get("nowe") == "1",
        "just_cancelled": request.GET.get("anulowano") == "1",
        "is_past": page.is_past(),
        "seats_left": page.seats_left,
        "refusal": refusal,
    }
    response = TemplateResponse(request, "events/registration_manage.html", context)
    if refusal:
        response.status_code = 409
    return private(response)
