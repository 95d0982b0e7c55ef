"""The public side of sign-ups: the form on the meeting's page and the personal page behind
the link in the e-mails, where a person checks, cancels or erases their registration."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.personal_forms import private, render_form_page, submit
from portal.events import booking
from portal.events.forms import RegistrationForm
from portal.events.models import Availability, Registration

SIGNUP_STATES = {Availability.OPEN, Availability.WAITLIST}


def event_page_view(request, page):
    availability = page.availability()
    form = None
    status = 200
    if availability in SIGNUP_STATES:
        if request.method == "POST":
            form = RegistrationForm(page, request.POST)
            done, status = submit(
                request,
                page,
                form,
                scope="event-signup",
                too_many=_(
                    "Z tego adresu internetowego wysłano w ostatniej godzinie zbyt wiele "
                    "zgłoszeń. Spróbuj ponownie później albo zadzwoń do organizatora."
                ),
                save=lambda form: booking.register(
                    page, language=page.locale.language_code, **form.registration_fields()
                ),
                refused=booking.SignupRefused,
                personal_page="registration",
            )
            if done:
                return done
        else:
            form = RegistrationForm(page)
    elif request.method == "POST":
        status = 409
    return render_form_page(request, page, status, {"availability": availability, "form": form})


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
