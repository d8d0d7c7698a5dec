"""Generate learners, attempts and answers in bulk, to try the reports and their speed at scale.

    manage.py generate_report_data                      # 10,000 learners, 200,000 answers
    manage.py generate_report_data --learners 500 --answers 8000
    manage.py generate_report_data --clear              # remove what an earlier run made

The learners get e-mail addresses at @rapportdata.example.org and no usable password; --clear removes
them with their attempts, certificates and registrations. Uses the modules and quizzes there are, and
makes one module with a quiz when there is none.
"""

import random
from contextlib import contextmanager
from datetime import timedelta
from fractions import Fraction

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from accounts.models import Audience, Municipality, Organisation
from briefings.models import BriefingSession, Registration
from certificates.models import Certificate
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonCompletion, LessonPage
from quizzes.models import Answer, AnswerPick, Attempt, Choice, Question, QuizPage, QuizQuestion
from quizzes.scoring import as_decimal, attempt_percentage, has_passed, score_choices
from quizzes.services import build_snapshot
from quizzes.snapshots import QuestionSnapshot, is_end
from reports import module_statistics
from reports.item_statistics import add_attempts

DOMAIN = "rapportdata.example.org"
BATCH = 2000
FIRST_NAMES = ["Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ilse", "Joris", "Khadija", "Lars"]
LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Yilmaz", "Bos"]
SNAPSHOTS_PER_QUIZ = 25


@contextmanager
def own_timestamps(*fields):
    """Let bulk_create keep the historical times we set, instead of now()."""
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field, _now, _add in saved:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, now, add in saved:
            field.auto_now, field.auto_now_add = now, add


def answer_like(rng, question, ability):
    """(chosen keys, score) for one learner's answer to one QuestionSnapshot."""
    if question.is_path:
        step, chosen = question.steps[0], []
        for _ in range(len(question.steps) + 1):
            ordered = sorted(step["choices"], key=lambda c: -(c.get("end_score") or 0))
            choice = ordered[0] if rng.random() < ability else rng.choice(ordered)
            chosen.append(choice["key"])
            if is_end(choice):
                return chosen, Fraction(choice.get("end_score") or 0, 100)
            step = question.step(choice["next_step"])
        return chosen, Fraction(0)
    right = [c["key"] for c in question.choices if c["correct"]]
    wrong = [c["key"] for c in question.choices if not c["correct"]]
    if not question.is_multiple:
        if rng.random() < ability or not wrong:
            chosen = right[:1]
        else:  # the first wrong choice misleads most: it is picked twice as often
            chosen = [wrong[0]] if rng.random() < 0.6 else [rng.choice(wrong)]
    else:
        chosen = [key for key in right if rng.random() < ability + 0.1]
        chosen += [key for key in wrong if rng.random() > ability]
    return chosen, score_choices(question, chosen)


class History:
    """Made-up learning histories: per learner, modules started, lessons done, attempts until a pass (at most
    three), then practice attempts, until the learner's share of the answers is used up."""

    def __init__(self, rng, sessions, answer_target):
        self.rng, self.sessions, self.answer_target = rng, sessions, answer_target
        self.now = timezone.now()
        self.enrolments, self.completions, self.attempts, self.pending_answers = [], [], [], []
        self.certificates, self.registrations = [], []
        self.answers_made = 0

    def learner(self, user, quizzes, budget):
        """One learner's history, using about `budget` answers."""
        self.user, self.budget, self.skill, self.numbers, last_moment = (
            user,
            budget,
            self.rng.uniform(0.35, 0.97),
            {},
            {},
        )
        order = self.rng.sample(quizzes, len(quizzes))
        for quiz, course, lessons, snapshots in order:
            if not self.room_left():
                break
            last_moment[quiz.pk] = self.module(quiz, course, lessons, snapshots)
        # Answers left in this learner's share: practice attempts at modules they took, later on.
        taken = [entry for entry in order if entry[0].pk in last_moment]
        while taken and self.room_left():
            quiz, course, _lessons, snapshots = self.rng.choice(taken)
            last_moment[quiz.pk] += timedelta(days=self.rng.uniform(1, 20))
            self.take(quiz, course, snapshots, min(last_moment[quiz.pk], self.now - timedelta(hours=1)))

    def room_left(self):
        return self.budget > 0 and self.answers_made < self.answer_target

    def module(self, quiz, course, lessons, snapshots):
        """Start a module, do (some of) its lessons and try its quiz; returns the moment of the last try."""
        rng, user = self.rng, self.user
        started = self.now - timedelta(days=rng.uniform(30, 360), minutes=rng.randint(0, 600))
        done = lessons if rng.random() < 0.8 else lessons[: rng.randint(0, len(lessons))]
        self.completions += [
            LessonCompletion(user=user, lesson_id=pk, course=course, completed_at=started) for pk in done
        ]
        moment = started + timedelta(hours=rng.uniform(1, 24 * 14))
        passing = None
        while passing is None and self.numbers.get(quiz.pk, 0) < 3 and self.room_left():
            attempt = self.take(quiz, course, snapshots, moment)
            passing = attempt if attempt.passed else None
            moment += timedelta(days=rng.uniform(0.5, 10))
        passed_at = passing.submitted_at if passing else None
        complete = passing is not None and len(done) == len(lessons)
        self.enrolments.append(
            Enrolment(user=user, course=course, started_at=started, completed_at=passed_at if complete else None)
        )
        if passing:
            self.certificates.append(certificate_for(rng, passing, course))
            if self.sessions and rng.random() < 0.3:
                self.registrations.append(registration_for(rng, user, self.sessions))
        return moment

    def take(self, quiz, course, snapshots, moment):
        """One submitted attempt at `moment`, answered at the learner's skill (which grows with practice)."""
        rng = self.rng
        self.numbers[quiz.pk] = self.numbers.get(quiz.pk, 0) + 1
        snapshot = rng.choice(snapshots)
        given = [answer_like(rng, QuestionSnapshot(question), self.skill) for question in snapshot]
        percentage = attempt_percentage([score for _, score in given])
        attempt = Attempt(
            user=self.user,
            quiz=quiz,
            course=course,
            number=self.numbers[quiz.pk],
            questions=snapshot,
            started_at=moment,
            submitted_at=moment + timedelta(minutes=rng.randint(5, 40)),
            score=as_decimal(percentage),
            passed=has_passed(percentage, quiz.pass_mark),
            pass_mark=quiz.pass_mark,
        )
        self.attempts.append(attempt)
        self.pending_answers.append((attempt, given))
        self.answers_made += len(given)
        self.budget -= len(given)
        self.skill = min(self.skill + 0.1, 0.99)  # practice helps
        return attempt


def certificate_for(rng, passing, course):
    """The certificate of a passed attempt; one in ten has expired by now."""
    expired = rng.random() < 0.1
    user, passed_at = passing.user, passing.submitted_at
    return Certificate(
        learner=user,
        course=course,
        attempt=passing,
        full_name=user.full_name,
        email=user.email,
        course_title=course.title,
        issued_at=passed_at,
        valid_until=(passed_at - timedelta(days=800 if expired else 0)).date() + timedelta(days=730),
    )


def registration_for(rng, user, sessions):
    """A registration for one of the briefing sessions; seven in ten attended."""
    return Registration(
        session=rng.choice(sessions),
        user=user,
        full_name=user.full_name,
        email=user.email,
        attended=rng.random() < 0.7,
    )


class Command(BaseCommand):
    help = "Generate learners with attempts and answers in bulk for the reports (default 10,000 / 200,000)."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=10_000)
        parser.add_argument("--answers", type=int, default=200_000)
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--clear", action="store_true", help="Only remove the data an earlier run made.")

    def save_answers(self, answers, snapshots):
        """Store a batch of answers and the options they picked (as a real answer does)."""
        Answer.objects.bulk_create(answers, batch_size=BATCH)
        picks = []
        for answer in answers:
            question = QuestionSnapshot(snapshots[answer.attempt_id][answer.position - 1])
            picks += question.picks_for(answer, answer.chosen)
        AnswerPick.objects.bulk_create(picks, batch_size=BATCH)

    def handle(self, *args, **options):
        if options["clear"]:
            self.clear()
            return
        start = timezone.now()
        rng = random.Random(options["seed"])
        with transaction.atomic():
            quizzes = self.quizzes()
            learners = self.learners(rng, options["learners"])
            counts = self.attempts(rng, learners, quizzes, options["answers"])
        seconds = (timezone.now() - start).total_seconds()
        self.stdout.write(
            f"Made {len(learners)} learners, {counts['attempts']} attempts, {counts['answers']} answers, "
            f"{counts['certificates']} certificates in {seconds:.1f} s."
        )

    def clear(self):
        User = get_user_model()
        generated = User.objects.filter(email__endswith=f"@{DOMAIN}")
        with transaction.atomic():
            Certificate.objects.filter(learner__in=generated).delete()
            Attempt.objects.filter(user__in=generated).delete()
            deleted, _ = generated.delete()
        self.stdout.write(f"Removed the generated learners and their records ({deleted} rows).")

    def quizzes(self):
        """[(quiz, course, lesson ids, snapshots)] for every live quiz in a module."""
        found = []
        for quiz in QuizPage.objects.live().order_by("path"):
            course = quiz.module
            if course:
                found.append((quiz, course))
        if not found:
            found = [self.make_module()]
        result = []
        for quiz, course in found:
            snapshots = [build_snapshot(quiz) for _ in range(SNAPSHOTS_PER_QUIZ)]
            snapshots = [s for s in snapshots if s]
            if snapshots:
                lessons = list(LessonPage.objects.child_of(course).live().values_list("pk", flat=True))
                result.append((quiz, course, lessons, snapshots))
        if not result:
            raise CommandError("No quiz with questions to answer.")
        return result

    def make_module(self):
        parent = CourseIndexPage.objects.first() or Page.objects.filter(depth=2).first()
        if parent is None:
            raise CommandError("No site yet: run manage.py load_demo first.")
        course = parent.add_child(instance=CoursePage(title="Signalen herkennen (rapportdata)", slug="rapportdata"))
        for n in range(1, 4):
            course.add_child(instance=LessonPage(title=f"Les {n}", slug=f"les-{n}", body=[]))
        quiz = course.add_child(instance=QuizPage(title="Toets", slug="toets", pass_mark=70))
        signals = ["housing", "workplace", "control", "documents_money", "person"]
        for n, signal in enumerate(signals, start=1):
            question = Question.objects.create(
                title=f"Rapportdata vraag {n}", scenario="<p>Een situatie.</p>", prompt="Wat doe je?", signals=[signal]
            )
            for order, (text, correct) in enumerate([("Overleggen", True), ("Afwachten", False), ("Niets", False)]):
                Choice.objects.create(question=question, text=text, is_correct=correct, feedback=text, sort_order=order)
            QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=n)
        return quiz, course

    def learners(self, rng, count):
        User = get_user_model()
        organisations = list(Organisation.objects.all())
        if not organisations:
            organisations = [
                Organisation.objects.create(name=f"Gemeente {label}", municipality=value, staff_count=800)
                for value, label in Municipality.choices
                if value != Municipality.REGION
            ]
        teams = list(Audience.objects.all()) or [None]
        run = timezone.now().strftime("%Y%m%d%H%M%S")
        users = [
            User(
                email=f"deelnemer-{run}-{n}@{DOMAIN}",
                full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                password="!generated",
                organisation=rng.choice(organisations),
                team=rng.choice(teams),
            )
            for n in range(count)
        ]
        return User.objects.bulk_create(users, batch_size=BATCH)

    def attempts(self, rng, learners, quizzes, answer_target):
        history = History(rng, list(BriefingSession.objects.all()[:10]), answer_target)
        last_attempt = Attempt.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        active = [user for user in learners if rng.random() < 0.85]  # the rest only signed up
        per_learner = max(-(-answer_target // max(len(active), 1)), 1)
        for user in active:
            history.learner(user, quizzes, per_learner)
        attempts, pending_answers, certificates = history.attempts, history.pending_answers, history.certificates
        with own_timestamps(
            Attempt._meta.get_field("started_at"),
            Enrolment._meta.get_field("started_at"),
            LessonCompletion._meta.get_field("completed_at"),
            Answer._meta.get_field("answered_at"),
        ):
            Enrolment.objects.bulk_create(history.enrolments, batch_size=BATCH, ignore_conflicts=True)
            LessonCompletion.objects.bulk_create(history.completions, batch_size=BATCH, ignore_conflicts=True)
            Attempt.objects.bulk_create(attempts, batch_size=500)
            pending_snapshots = {attempt.pk: attempt.questions for attempt, _given in pending_answers}
            answers = []
            for attempt, given in pending_answers:
                for position, (chosen, score) in enumerate(given, start=1):
                    answers.append(
                        Answer(
                            attempt_id=attempt.pk,
                            position=position,
                            question_id=QuestionSnapshot(attempt.questions[position - 1]).bank_id,
                            chosen=chosen,
                            score=as_decimal(score, "0.0001"),
                            completed=True,
                            answered_at=attempt.submitted_at,
                        )
                    )
                if len(answers) >= BATCH * 5:
                    self.save_answers(answers, pending_snapshots)
                    answers = []
            self.save_answers(answers, pending_snapshots)
        # Bulk inserts send no signals: add the new attempts to the item statistics as a submission would.
        add_attempts(Attempt.objects.filter(pk__gt=last_attempt))
        # Nor for enrolments and lesson completions: recompute the modules report's figures.
        module_statistics.rebuild()
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        Registration.objects.bulk_create(history.registrations, batch_size=BATCH, ignore_conflicts=True)
        return {"attempts": len(attempts), "answers": history.answers_made, "certificates": len(certificates)}
