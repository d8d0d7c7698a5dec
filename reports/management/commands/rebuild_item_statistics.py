"""Recompute the item statistics from the answers, to repair them:

    manage.py rebuild_item_statistics

The sums are kept up to date as attempts are submitted (see `reports.item_statistics`); rebuild them after
changing answers, attempts or learners outside Django (SQL, a restore of some tables), or when a report's
figures are in doubt. One transaction: the reports show the old sums until the new ones are complete.
"""

from django.core.management.base import BaseCommand

from reports.item_statistics import rebuild


class Command(BaseCommand):
    help = "Recompute the item statistics (the sums behind the item analysis) from all submitted answers."

    def handle(self, *args, **options):
        written = rebuild()
        self.stdout.write(
            "Rebuilt the item statistics: "
            + ", ".join(f"{rows} rows in {model}" for model, rows in written.items())
            + "."
        )
