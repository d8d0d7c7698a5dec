from django.core.management.base import BaseCommand

from home.mail import send_due_emails


class Command(BaseCommand):
    help = "Send queued e-mail whose next attempt is due (run every few minutes by the worker's schedule)."

    def handle(self, *args, **options):
        sent, waiting = send_due_emails()
        self.stdout.write(f"{sent} sent, {waiting} still waiting")
