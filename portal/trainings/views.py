"""The public side of applications: the form on the training's page and the personal page
behind the link in the e-mails, where a person checks, withdraws or erases their
application."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core.personal_forms import private, render_form_page, submit
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
            done, status = submit(
                request,
                page,
                form,
                scope="training-application",
                too_many=_(
                    "Z tego adresu internetowego wysłano w ostatniej godzinie zbyt wiele "
                    "zgłoszeń. Spróbuj ponownie później albo napisz do organizatora."
                ),
                save=lambda form: applications.apply(
                    page, language=page.locale.language_code, **form.application_fields()
                ),
                refused=applications.ApplicationRefused,
                personal_page="application",
            )
            if done:
                return done
        else:
            form = ApplicationForm(page)
    elif request.method == "POST":
        status = 409
    return render_form_page(
        request, page, status, {"form": form, "applications_open": bool(is_open)}
    )


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
