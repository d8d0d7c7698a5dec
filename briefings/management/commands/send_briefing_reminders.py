from django.core.management.base import BaseCommand

from briefings.services import send_briefing_reminders


class Command(BaseCommand):
    help = "E-mail everyone with a seat at a briefing that starts tomorrow (Amsterdam date) a reminder, once."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_briefing_reminders()} briefing reminders queued")
