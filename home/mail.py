"""Outgoing e-mail: written to the database, then sent by a task, retried when the server is down.

`queue_email()` renders the Dutch text and HTML templates, stores the message and enqueues sending
after the surrounding transaction commits. A failure leaves the message in the queue with a later
`next_attempt_at` (back-off: 1, 5, 15, 60, 180 minutes, then every 12 hours, MAX_ATTEMPTS tries in all)
and enqueues the next try for that moment, so the task worker retries by itself. `manage.py
send_queued_mail` sends whatever is due at once (a safety net, and the way to retry without a worker).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from django_tasks import task

from .models import OutgoingEmail

logger = logging.getLogger(__name__)
RETRY_DELAYS = [timedelta(minutes=m) for m in (1, 5, 15, 60, 180, 720)]
LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = 12


def queue_email(to, template, context, attachments=()):
    """Store an e-mail rendered from `<template>_subject.txt`, `.txt` and `.html`; send it after commit.

    `attachments` are dicts: {"filename", "mimetype", and either "content" (text) or "storage_name"}.
    E-mail is written in Dutch, the language of the course, whatever the interface language.
    """
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    email = OutgoingEmail.objects.create(
        to=to, subject=" ".join(subject.split()), text_body=text, html_body=html, attachments=list(attachments)
    )
    transaction.on_commit(lambda: send_outgoing_email.enqueue(email.pk))
    return email


def queue_message(message):
    """Queue an e-mail that another library rendered (allauth): one stored message per recipient."""
    html = next((content for content, mimetype in message.alternatives if mimetype == "text/html"), "")
    if message.content_subtype == "html":
        html = message.body
    stored = []
    for to in message.to:
        email = OutgoingEmail.objects.create(
            to=to, subject=" ".join(message.subject.split()), text_body=message.body, html_body=html
        )
        transaction.on_commit(lambda pk=email.pk: send_outgoing_email.enqueue(pk))
        stored.append(email)
    return stored


def _attachment_content(attachment):
    if "content" in attachment:
        return attachment["content"]
    if attachment.get("prepare"):
        # A file made on demand, such as a certificate PDF rendered once when first needed.
        import_string(attachment["prepare"])(attachment["prepare_arg"])
    with storages[attachment.get("storage", "default")].open(attachment["storage_name"], "rb") as handle:
        return handle.read()


def deliver(email, now=None):
    """Try to send one stored e-mail now; on failure, schedule the next try. Returns True when sent.

    The row is claimed first (a conditional update that sets a lease), so the task and the retry
    command never send the same message twice; after MAX_ATTEMPTS failures it is left for a person.
    """
    now = now or timezone.now()
    claimed = (
        OutgoingEmail.objects.filter(pk=email.pk, sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .update(next_attempt_at=now + LEASE)
    )
    if not claimed:
        return False
    message = EmailMultiAlternatives(email.subject, email.text_body, settings.DEFAULT_FROM_EMAIL, [email.to])
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    try:
        for attachment in email.attachments:
            message.attach(attachment["filename"], _attachment_content(attachment), attachment["mimetype"])
        message.send()
    except Exception as error:  # noqa: BLE001 - any failure of the mail server or storage means: try later
        delay = RETRY_DELAYS[min(email.attempts, len(RETRY_DELAYS) - 1)]
        OutgoingEmail.objects.filter(pk=email.pk).update(
            attempts=email.attempts + 1, last_error=str(error)[:2000], next_attempt_at=now + delay
        )
        logger.warning("E-mail %s to %s not sent (%s); retrying in %s", email.pk, email.to, error, delay)
        if email.attempts + 1 < MAX_ATTEMPTS:
            schedule_retry(email.pk, now + delay)
        return False
    OutgoingEmail.objects.filter(pk=email.pk, sent_at__isnull=True).update(
        sent_at=timezone.now(), attempts=email.attempts + 1, last_error="", next_attempt_at=None
    )
    return True


def schedule_retry(email_id, when):
    """Enqueue sending again at `when` (an aware datetime), for the task worker to run: no command needed.

    Only a backend that can defer (the database backend the worker reads) takes it; the immediate backend
    of dev and test has no later, so there `send_queued_mail` remains the way to retry."""
    if send_outgoing_email.get_backend().supports_defer:
        send_outgoing_email.using(run_after=when).enqueue(email_id)


@task()
def send_outgoing_email(email_id):
    email = OutgoingEmail.objects.filter(pk=email_id, sent_at__isnull=True).first()
    if email is not None:
        deliver(email)


def send_due_emails(now=None):
    """Retry every queued e-mail whose next attempt is due. Returns (sent, still waiting)."""
    now = now or timezone.now()
    sent = waiting = 0
    due = OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS).exclude(next_attempt_at__gt=now)
    for email in due.order_by("created_at")[:500]:
        if deliver(email, now=now):
            sent += 1
        else:
            waiting += 1
    return sent, waiting
