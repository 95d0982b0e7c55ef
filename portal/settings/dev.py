"""Local development: DEBUG on, e-mails printed to the console, an insecure key that is
only ever used on a developer's own machine."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "true").lower() in {"1", "true", "yes", "on"}
SECRET_KEY = os.environ.get("SECRET_KEY") or DEVELOPMENT_SECRET_KEY  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["*"]  # noqa: F405
# The demo content and the local administrator (`make run`); production leaves them out.
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo"]  # noqa: F405
