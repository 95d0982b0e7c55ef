"""Background work through Django's task framework (the django-tasks backport): what a
request must not wait for (sending e-mails, reading PDFs) runs in the worker, `manage.py
db_worker` (README "Deploying")."""

from functools import partial

from django.db import transaction
from django_tasks import task

# The backend of the portal's own tasks (settings.TASKS; Wagtail's use "default").
BACKGROUND = "background"


def background_task(function):
    """A task of the portal's, run by the worker (`manage.py db_worker --backend background`)."""
    return task(backend=BACKGROUND)(function)


def enqueue_on_commit(task, *args):
    """Enqueues once the current transaction commits, so the worker never looks for rows that
    are not there yet, or never will be. A failure to enqueue does not undo what was
    committed: the caller's own records (the outbox) still say what is left to do."""
    transaction.on_commit(partial(task.enqueue, *args), robust=True)


def enqueue_retry(task, when, *args):
    """Enqueues the task to run again at `when`, on a backend that can wait (the database
    one); the immediate backend cannot, and `run_scheduled_jobs` picks the work up instead."""
    if task.get_backend().supports_defer:
        task.using(run_after=when).enqueue(*args)
