"""Recompute the item statistics and the module statistics from the raw rows, to repair them:

    manage.py rebuild_item_statistics

The item statistics (the sums behind the item analysis, `reports.item_statistics`) are kept up to date as
attempts are submitted; the module statistics (the modules report's figures, `reports.module_statistics`) as
learners enrol, finish lessons and submit attempts. Rebuild them after changing answers, attempts,
enrolments, lesson completions or learners outside Django (SQL, a restore of some tables, `QuerySet.update()`),
or when a report's figures are in doubt. Each in one transaction: the reports show the old figures until the
new ones are complete.
"""

from django.core.management.base import BaseCommand

from reports import item_statistics, module_statistics


class Command(BaseCommand):
    help = "Recompute the item statistics and the module statistics (behind the item analysis and the modules report)."

    def handle(self, *args, **options):
        for name, rebuild in (("item", item_statistics.rebuild), ("module", module_statistics.rebuild)):
            written = rebuild()
            self.stdout.write(
                f"Rebuilt the {name} statistics: "
                + ", ".join(f"{rows} rows in {model}" for model, rows in written.items())
                + "."
            )
