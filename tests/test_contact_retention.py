"""Contact-form messages hold visitors' names, addresses and words: they are kept only for
CONTACT_SUBMISSION_RETENTION_DAYS, then `purge_contact_submissions` deletes them."""

import datetime
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from tests import factories
from tests.tree import build_tree

pytestmark = pytest.mark.django_db


def test_old_contact_messages_are_purged_and_recent_ones_stay(settings):
    settings.CONTACT_SUBMISSION_RETENTION_DAYS = 30
    page = factories.ContactPageFactory(parent=build_tree(zone_names=()).home, slug="napisz")
    message = {"imie_i_nazwisko": "Anna Nowak", "e_mail": "anna@example.org"}
    old = FormSubmission.objects.create(page=page, form_data=message)
    recent = FormSubmission.objects.create(page=page, form_data=message)
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=31)
    )
    FormSubmission.objects.filter(pk=recent.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=29)
    )
    output = io.StringIO()

    call_command("purge_contact_submissions", stdout=output)

    assert not FormSubmission.objects.filter(pk=old.pk).exists()
    assert FormSubmission.objects.filter(pk=recent.pk).exists()
    assert "contact messages deleted: 1" in output.getvalue()


def test_the_retention_period_comes_from_the_environment():
    code = "from portal.settings import base; print(base.CONTACT_SUBMISSION_RETENTION_DAYS)"
    root = Path(__file__).resolve().parent.parent
    for env, expected in [({}, "365"), ({"CONTACT_SUBMISSION_RETENTION_DAYS": "90"}, "90")]:
        environment = {
            k: v for k, v in os.environ.items() if k != "CONTACT_SUBMISSION_RETENTION_DAYS"
        }
        environment.update(env)
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=environment, capture_output=True, text=True
        )
        assert result.stdout.strip() == expected, result.stderr
