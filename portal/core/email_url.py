"""E-mail settings from one address, `EMAIL_URL`.

dj-email-url read `smtp+tls://` as an unencrypted connection and `smtps://` as STARTTLS, so
the address the README gave sent passwords and personal links in clear text. Here the scheme
says what it means: `smtp+tls` (or `submission`) is STARTTLS, `smtps` (or `smtp+ssl`) is
TLS from the first byte, `smtp` is plain unless `?tls=true` or `?ssl=true` asks otherwise.
"""

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# Backends that never deliver anything: fine on a developer's machine, never in production.
NON_DELIVERING_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}

# scheme: (default port, STARTTLS, TLS from the start)
SMTP_SCHEMES = {
    "smtp": (25, False, False),
    "smtp+tls": (587, True, False),
    "submission": (587, True, False),
    "smtps": (465, False, True),
    "smtp+ssl": (465, False, True),
}
OTHER_SCHEMES = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}
TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off"}


def _flag(query, name, default):
    values = query.get(name)
    if not values:
        return default
    value = values[-1].strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(f"EMAIL_URL: ?{name}= must be true or false, not {value!r}.")


def parse_email_url(url, timeout):
    """The EMAIL_* settings for `url`; `timeout` (seconds) unless the URL gives `?timeout=`."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    query = parse_qs(parts.query)
    if "timeout" in query:
        try:
            timeout = int(query["timeout"][-1])
        except ValueError:
            raise ImproperlyConfigured("EMAIL_URL: ?timeout= must be whole seconds.") from None
    config = {"EMAIL_TIMEOUT": timeout}
    if scheme in OTHER_SCHEMES:
        config["EMAIL_BACKEND"] = OTHER_SCHEMES[scheme]
        if scheme == "file":
            config["EMAIL_FILE_PATH"] = unquote(parts.path)
        return config
    if scheme not in SMTP_SCHEMES:
        known = ", ".join(f"{name}://" for name in [*SMTP_SCHEMES, *OTHER_SCHEMES])
        raise ImproperlyConfigured(f"EMAIL_URL: unknown scheme {scheme!r}; use one of {known}.")
    default_port, starttls, ssl = SMTP_SCHEMES[scheme]
    ssl = _flag(query, "ssl", ssl)
    starttls = _flag(query, "tls", starttls and not ssl)
    if starttls and ssl:
        raise ImproperlyConfigured(
            "EMAIL_URL asks for both STARTTLS (tls) and TLS from the start (ssl); choose one."
        )
    try:
        port = parts.port or default_port
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL: the port must be a number.") from None
    config.update(
        EMAIL_BACKEND=SMTP_BACKEND,
        EMAIL_HOST=parts.hostname or "localhost",
        EMAIL_PORT=port,
        EMAIL_HOST_USER=unquote(parts.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
        EMAIL_USE_TLS=starttls,
        EMAIL_USE_SSL=ssl,
    )
    return config
