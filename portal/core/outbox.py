"""The one way the portal sends e-mail that must not be lost: an outbox row per message.

A message row (a subclass of `OutboxMessage`) is written in the same transaction as the change
it reports; once that commits, a background task sends it, so a visitor's request never waits
for the mail server. If the mail server fails, the change stands, the message stays pending
with the error (organisers see it in the admin) and the next try is due after a wait that grows
with each failure (RETRY_DELAYS, the one retry policy): the failed try leaves a task for that
moment, and `run_scheduled_jobs`, every few minutes, sends whatever is due that no worker has
sent (the worker was down, or died while sending). The claim in `attempt` keeps the two from
sending one message twice. Meetings (registrants, organisers) and trainings (applicants) use it.
"""

import datetime
import logging
import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from portal.core.choices import MessageState as State
from portal.core.tasks import enqueue_on_commit, enqueue_retry

logger = logging.getLogger(__name__)

# The wait after the first, second, ... failed try; after the last one the message is given
# up (FAILED). Close to three days in all: a mail server down for a day or two loses
# nothing, and a short outage costs a minute or two.
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=2),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=10),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=4),
    datetime.timedelta(hours=12),
    datetime.timedelta(hours=24),
    datetime.timedelta(hours=24),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# Longer than a send can take (the SMTP connection's timeout).
SENDING_LEASE = datetime.timedelta(minutes=5)
# Mail servers quote the recipient in their errors ("550 <anna@example.org>: unknown").
ADDRESS_LIKE = re.compile(r"[^\s<>\"'(),;:\[\]{}]+@[^\s<>\"'(),;:\[\]{}]+")


def queue(model, task, **fields):
    """Records a message and hands it to the worker (`task`) once the transaction commits."""
    message = model.objects.create(**fields)
    enqueue_on_commit(task, message.pk)
    return message


def queue_once(model, task, **fields):
    """`queue`, unless the model's unique constraint says the message exists already (cron
    ran twice); then None."""
    try:
        with transaction.atomic():
            message = model.objects.create(**fields)
    except IntegrityError:
        return None
    enqueue_on_commit(task, message.pk)
    return message


def admin_url(url_name, *args):
    """An admin address for an e-mail: the organiser reads the people there, within their
    rights, never in the e-mail."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(url_name, args=args)


def error_without_addresses(error, address):
    """What went wrong, for organisers and the log, without the recipient's address: it must
    not outlive the erasure of the person's data."""
    text = f"{type(error).__name__}: {error}"
    if address:
        text = re.sub(re.escape(address), "[address]", text, flags=re.IGNORECASE)
    return ADDRESS_LIKE.sub("[address]", text)[:500]


def is_due(now):
    """New messages, and those whose wait after a failure (or a claim) is over."""
    return Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)


def skip(message):
    type(message).objects.filter(pk=message.pk).update(state=State.SKIPPED)
    return State.SKIPPED


def attempt(message, address, build, task, recipient):
    """Claims a pending message, sends it to `address` and records the outcome; a failure
    leaves it pending, due again after its wait (RETRY_DELAYS), with `task` queued for then."""
    model = type(message)
    # Claim the message, so a request and a scheduler run never send the same one twice; the
    # claim lapses after SENDING_LEASE if this process dies while sending.
    now = timezone.now()
    claimed = (
        model.objects.filter(pk=message.pk, state=State.PENDING, attempts=message.attempts)
        .filter(is_due(now))
        .update(attempts=F("attempts") + 1, next_attempt_at=now + SENDING_LEASE)
    )
    if not claimed:
        return State.PENDING
    try:
        build(message).send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any mail failure must leave the message pending
        attempts = message.attempts + 1
        state = State.FAILED if attempts >= MAX_ATTEMPTS else State.PENDING
        last_error = error_without_addresses(error, address)
        next_attempt_at = (
            timezone.now() + RETRY_DELAYS[attempts - 1] if state == State.PENDING else None
        )
        model.objects.filter(pk=message.pk).update(
            state=state, last_error=last_error, next_attempt_at=next_attempt_at
        )
        # No traceback: its text quotes the recipient.
        logger.log(
            logging.ERROR if state == State.FAILED else logging.WARNING,
            "E-mail %s %s failed (attempt %s): %s",
            message.kind,
            recipient,
            attempts,
            last_error,
        )
        if state == State.PENDING:
            enqueue_retry(task, next_attempt_at, message.pk)
        return state
    model.objects.filter(pk=message.pk).update(
        state=State.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
    )
    return State.SENT


def deliver_due(outboxes):
    """Sends every pending message that is due in each (model, send one) pair; returns the
    states reached, counted."""
    counts = {}
    for model, send in outboxes:
        due = model.objects.filter(state=State.PENDING).filter(is_due(timezone.now()))
        for message_id in due.order_by("pk").values_list("pk", flat=True):
            state = send(message_id)
            counts[state] = counts.get(state, 0) + 1
    return counts
