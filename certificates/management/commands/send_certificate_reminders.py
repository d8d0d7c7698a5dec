from django.core.management.base import BaseCommand

from certificates.notifications import send_expiry_reminders


class Command(BaseCommand):
    help = "E-mail holders whose certificate expires within 30 days how to renew it (once per certificate)."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_expiry_reminders()} reminders queued")
