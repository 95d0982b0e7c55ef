"""The public forms that take personal data (a meeting's sign-up, a training's application)
and the pages behind the link each person gets: one rate limit, one way to answer."""

from django.conf import settings
from django.shortcuts import redirect

from portal.core.ratelimit import limit_reached


def private(response):
    """Personal pages are never cached by a proxy nor indexed."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def submit(request, page, form, *, scope, too_many, save, refused, personal_page):
    """Checks the address's limit and the form, then `save(form)`, which makes a record with
    a token or raises `refused`. Returns the redirect to the person's page (the page's
    `personal_page` route), or None and the status to show the form's errors with."""
    if limit_reached(
        request, scope, settings.EVENT_SIGNUPS_PER_ADDRESS, settings.EVENT_SIGNUP_WINDOW_SECONDS
    ):
        form.is_valid()
        form.add_error(None, too_many)
        return None, 429
    if not form.is_valid():
        return None, 400
    try:
        record = save(form)
    except refused as refusal:
        form.add_error(None, refusal.message)
        return None, 409
    url = page.url + page.reverse_subpage(personal_page, args=[record.token])
    return redirect(f"{url}?nowe=1"), None


def render_form_page(request, page, status, context):
    """The page with its form; an answer to a POST (errors, refusals) holds what was typed."""
    response = page.render(request, context_overrides=context)
    response.status_code = status
    if request.method == "POST":
        private(response)
    return response
