"""Local development: DEBUG on, e-mails printed to the console, a key of this checkout's own
(made on first start, kept in the git-ignored .secret_key), so no key is written in the
repository and sessions survive a restart; Polish, English and Ukrainian unless
PORTAL_LANGUAGES says otherwise."""

import os

from django.core.management.utils import get_random_secret_key

# The demo shows a partner language beside Polish and English; tests and production keep
# base's default (pl,en). Set PORTAL_LANGUAGES to choose others.
os.environ.setdefault("PORTAL_LANGUAGES", "pl,en,uk")

from .base import *  # noqa: E402, F403


def local_secret_key(path):
    if not path.exists():
        path.write_text(get_random_secret_key(), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


DEBUG = os.environ.get("DEBUG", "true").lower() in {"1", "true", "yes", "on"}
SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key(BASE_DIR / ".secret_key")  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["*"]  # noqa: F405
# The demo content and the local administrator (`make run`); production leaves them out.
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo"]  # noqa: F405
