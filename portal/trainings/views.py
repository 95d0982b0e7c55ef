"""The public side of applications: the form on the training's page and the personal page
behind the link in the e-mails, where a person checks, withdraws or erases their
application."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.ratelimit import limit_reached
from portal.events.views import private
from portal.trainings import applications
from portal.trainings.forms import ApplicationForm
from portal.trainings.models import TrainingApplication


def training_page_view(request, page):
    form = None
    status = 200
    is_open = page.applications_open() and page.partner_places()
    if is_open:
        if request.method == "POST":
            form = ApplicationForm(page, request.POST)
            if limit_reached(
                request,
                "training-application",
                settings.EVENT_SIGNUPS_PER_ADDRESS,
                settings.EVENT_SIGNUP_WINDOW_SECONDS,
            ):
                form.is_valid()
                form.add_error(
                    None,
                    _(
                        "Z tego adresu internetowego wysłano w ostatniej godzinie zbyt wiele "
                        "zgłoszeń. Spróbuj ponownie później albo napisz do organizatora."
                    ),
                )
                status = 429
            elif form.is_valid():
                try:
                    application = applications.apply(
                        page, language=page.locale.language_code, **form.application_fields()
                    )
                except applications.ApplicationRefused as refusal:
                    form.add_error(None, refusal.message)
                    status = 409
                else:
                    url = page.url + page.reverse_subpage("application", args=[application.token])
                    return redirect(f"{url}?nowe=1")
            else:
                status = 400
        else:
            form = ApplicationForm(page)
    elif request.method == "POST":
        status = 409
    response = page.render(
        request, context_overrides={"form": form, "applications_open": bool(is_open)}
    )
    response.status_code = status
    if request.method == "POST":
        private(response)
    return response


def manage_application_view(request, page, token):
    application = (
        TrainingApplication.objects.filter(token=token, training=page.application_training)
        .select_related("training", "partner")
        .first()
    )
    if application is None:
        raise Http404
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "withdraw":
            applications.withdraw(application)
            return redirect(f"{request.path}?wycofano=1")
        if action == "erase":
            applications.erase_personal_data(application)
            return private(
                TemplateResponse(
                    request, "trainings/application_erased.html", {"page": page, "self": page}
                )
            )
    context = {
        "page": page,
        "self": page,
        "application": application,
        "just_applied": request.GET.get("nowe") == "1",
        "just_withdrawn": request.GET.get("wycofano") == "1",
    }
    return private(TemplateResponse(request, "trainings/application_manage.html", context))
