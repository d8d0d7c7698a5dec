from django.core.management.base import BaseCommand

from accounts.privacy import delete_account, inactive_accounts


class Command(BaseCommand):
    help = "Delete learner accounts unused for ACCOUNT_RETENTION_DAYS (attempts are kept, anonymised)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the accounts.")

    def handle(self, *args, **options):
        accounts = list(inactive_accounts())
        if not options["dry_run"]:
            for user in accounts:
                delete_account(user, reason="Account verwijderd na een lange periode zonder gebruik")
        verb = "would be deleted" if options["dry_run"] else "deleted"
        self.stdout.write(f"{len(accounts)} inactive accounts {verb}")
