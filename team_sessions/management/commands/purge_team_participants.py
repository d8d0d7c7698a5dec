from django.conf import settings
from django.core.management.base import BaseCommand

from team_sessions.services import purge_participants


class Command(BaseCommand):
    help = (
        "Delete participants without an account (and their answers) from team sessions older than "
        "TEAM_SESSION_RETENTION_DAYS. Certificates and the sessions' figures stay. Run daily."
    )

    def handle(self, *args, **options):
        removed = purge_participants()
        self.stdout.write(f"Removed {removed} participant(s) older than {settings.TEAM_SESSION_RETENTION_DAYS} days.")
