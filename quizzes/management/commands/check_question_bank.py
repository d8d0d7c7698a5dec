from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from quizzes.bank_checks import bank_flags


class Command(BaseCommand):
    help = (
        "Check the live question bank (answer length and position, feedback, decision paths, questions in no "
        "quiz, signals no lesson teaches, wording copied from a lesson, and the item analysis once answers "
        "exist). Prints every flag; exits with status 1 when a flag is not just a hint (with --strict: any flag)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--strict", action="store_true", help="Fail on hints too.")

    def handle(self, *args, strict=False, **options):
        translation.activate("nl")
        flags = bank_flags()
        failing = [flag for flag in flags if flag.blocking or strict]
        for flag in flags:
            kind = "FOUT" if flag in failing else "hint"
            where = f" ({flag.detail})" if flag.detail else ""
            self.stdout.write(f"[{kind}] {flag.question} — {flag.label}{where}: {flag.message}")
        summary = f"{len(flags)} punten, waarvan {len(failing)} fout."
        if failing:
            raise CommandError(summary, returncode=1)
        self.stdout.write(self.style.SUCCESS(summary))
