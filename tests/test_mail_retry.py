"""Mail queued while the SMTP server is down goes out afterwards, retried by the task worker itself."""

from datetime import timedelta

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from home.mail import queue_email
from home.models import OutgoingEmail

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def database_tasks(settings):
    """The production task backend: tasks in the database, run by `db_worker`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def smtp_down(monkeypatch):
    def refuse(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    return monkeypatch


def run_worker():
    """The task worker runs every task that is due, then stops (as `db_worker` does all the time)."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def let_time_pass(minutes):
    """Move every waiting task and e-mail `minutes` into the past, as if that much time had gone by."""
    DBTaskResult.objects.update(run_after=F("run_after") - timedelta(minutes=minutes))
    OutgoingEmail.objects.exclude(next_attempt_at=None).update(
        next_attempt_at=F("next_attempt_at") - timedelta(minutes=minutes)
    )


def queue():
    return queue_email("lotte@example.org", "home/email/team_visit", {"content": "Hallo", "subject": "Test"})


def test_mail_queued_during_an_outage_is_sent_by_the_worker_afterwards(smtp_down):
    """The worker tries, fails, schedules its own retry with back-off, and sends once the server is back."""
    email = queue()
    run_worker()
    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 1 and not mail.outbox
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert timedelta(seconds=50) < retry.run_after - timezone.now() <= timedelta(minutes=1)

    let_time_pass(minutes=2)
    run_worker()  # still down: the next try waits longer
    email.refresh_from_db()
    assert email.attempts == 2
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert timedelta(minutes=4) < retry.run_after - timezone.now() <= timedelta(minutes=5)

    smtp_down.undo()  # the SMTP server answers again
    run_worker()
    assert not mail.outbox, "the retry waits for its time"
    let_time_pass(minutes=6)
    run_worker()
    email.refresh_from_db()
    assert email.sent_at is not None and len(mail.outbox) == 1
    assert mail.outbox[0].to == ["lotte@example.org"]


def test_retries_stop_after_the_last_attempt(smtp_down, settings):
    """After MAX_ATTEMPTS failures no more retries are scheduled; the message waits for a person."""
    from home import mail as mail_module

    email = queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=mail_module.MAX_ATTEMPTS - 1)
    run_worker()
    email.refresh_from_db()
    assert email.attempts == mail_module.MAX_ATTEMPTS
    assert not DBTaskResult.objects.filter(status="READY").exists()
