"""Quiz rules: choosing questions, attempts, answering, grading and the attempt limits.

Views call these functions; they raise QuizError with a message for the learner when a rule says no.
"""

import itertools
import random
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from certificates.issuing import issue_certificate
from courses.models import LessonPage
from courses.services import close_enrolment_if_complete, course_progress, enrol
from home.errors import RuleRefused

from .forms import AnswerForm
from .models import Answer, AnswerPick, Attempt, Choice, Question
from .models.quiz import MAX_COOLDOWN_MINUTES
from .scoring import as_decimal, attempt_percentage, has_passed, score_choices, score_path_end
from .signals import attempt_submitted
from .snapshots import MULTIPLE, QuestionSnapshot


class QuizError(RuleRefused):
    """A quiz rule refused the request (attempt limit, cool-down, a replayed or foreign answer)."""


def lessons_by_signal(course):
    """Which lessons of the module teach which signal category (from their signal lists)."""
    mapping = {}
    for lesson in LessonPage.objects.child_of(course).live().order_by("path"):
        for block in lesson.body:
            if block.block_type != "signal_list":
                continue
            for group in block.value["groups"]:
                entry = {"title": lesson.title, "url": lesson.url}
                lessons = mapping.setdefault(group["category"], [])
                if entry not in lessons:
                    lessons.append(entry)
    return mapping


def _with_choices(queryset):
    return queryset.prefetch_related(Prefetch("choices", queryset=Choice.objects.order_by("sort_order")))


def select_questions(quiz, rng=None):
    """The fixed questions in order, then the random draws (live questions only, no repeats)."""
    rng = rng or random.SystemRandom()
    fixed_ids = list(quiz.fixed_questions.order_by("sort_order").values_list("question_id", flat=True))
    fixed_by_id = _with_choices(Question.objects.filter(pk__in=fixed_ids, live=True)).in_bulk()
    fixed = [fixed_by_id[pk] for pk in fixed_ids if pk in fixed_by_id]
    chosen_ids = {question.pk for question in fixed}
    drawn = []
    draws = list(quiz.draws.prefetch_related("audiences").order_by("sort_order"))
    if draws:
        pool = list(_with_choices(Question.objects.filter(live=True).prefetch_related("audiences")))
        for draw in draws:
            audience_ids = {a.pk for a in draw.audiences.all()}
            candidates = [
                q
                for q in pool
                if q.pk not in chosen_ids
                and (not audience_ids or audience_ids & {a.pk for a in q.audiences.all()})
                and (not draw.exploitation_forms or set(draw.exploitation_forms) & set(q.exploitation_forms))
                and (not draw.signals or set(draw.signals) & set(q.signals))
            ]
            picked = rng.sample(candidates, min(draw.count, len(candidates)))
            chosen_ids |= {q.pk for q in picked}
            drawn.extend(picked)
    return [*fixed, *drawn]


def build_snapshot(quiz, rng=None):
    course = quiz.module
    lessons = lessons_by_signal(course) if course else {}
    snapshot = []
    for question in select_questions(quiz, rng=rng):
        related = []
        for signal in question.signals or []:
            for lesson in lessons.get(signal, []):
                if lesson not in related:
                    related.append(lesson)
        frozen = QuestionSnapshot.from_question(
            question, list(question.choices.all()), related, quiz.shuffle_choices, rng
        )
        snapshot.append(frozen.data)
    return snapshot


def with_labels(snapshot):
    return QuestionSnapshot(snapshot).with_labels()


PREVIEW_SEED = 0


def preview_questions(quiz):
    """For editors: the questions a learner could get (random draws with a fixed seed), answers included."""
    return [with_labels(question) for question in build_snapshot(quiz, rng=random.Random(PREVIEW_SEED))]


@dataclass
class AttemptRules:
    can_start: bool
    message: str = ""
    next_allowed_at: object = None
    attempts_left: int | None = None


def attempt_rules(user, quiz, now=None):
    """May this learner start a new attempt now? If not, say why and when.

    A module that keeps its quiz closed until the lessons are done (`CoursePage.quiz_before_lessons` off) says
    so first; the rule itself is `courses.services.Progress.quiz_open`.
    """
    now = now or timezone.now()
    course = quiz.module
    if course is not None and not course.quiz_before_lessons and not course_progress(user, course, quiz=quiz).quiz_open:
        return AttemptRules(False, _("Maak eerst alle lessen van deze module af. Daarna gaat de toets open."))
    submitted = list(
        Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=False)
        .only("pk", "passed", "submitted_at")  # not the question snapshots: only when and whether
        .order_by("-submitted_at")
    )
    attempts_left = None
    if quiz.attempts_allowed:
        # The limit is per round: attempts since the last pass count, so renewing after expiry is possible.
        since_pass = list(itertools.takewhile(lambda attempt: not attempt.passed, submitted))
        attempts_left = max(quiz.attempts_allowed - len(since_pass), 0)
        if attempts_left == 0:
            return AttemptRules(
                False,
                _(
                    "Je hebt alle %(n)d pogingen gebruikt. "
                    "Neem contact op met de coördinator als je het opnieuw wilt proberen."
                )
                % {"n": quiz.attempts_allowed},
                attempts_left=0,
            )
    if submitted and quiz.cooldown_minutes:
        # Capped: a wait stored before the limit existed (say 99999999999999 minutes) overflows a datetime.
        wait = min(quiz.cooldown_minutes, MAX_COOLDOWN_MINUTES)
        next_allowed = submitted[0].submitted_at + timedelta(minutes=wait)
        if now < next_allowed:
            when = formats.date_format(timezone.localtime(next_allowed), "j F Y, H:i")
            return AttemptRules(
                False,
                _("Je kunt het opnieuw proberen vanaf %(when)s.") % {"when": when},
                next_allowed_at=next_allowed,
                attempts_left=attempts_left,
            )
    return AttemptRules(True, attempts_left=attempts_left)


def start_attempt(user, quiz, now=None):
    """Resume the open attempt, or start a new one if the rules allow it."""
    open_attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if open_attempt:
        return open_attempt
    rules = attempt_rules(user, quiz, now=now)
    if not rules.can_start:
        raise QuizError(rules.message, status=403)
    snapshot = build_snapshot(quiz)
    if not snapshot:
        raise QuizError(_("Deze toets heeft nog geen vragen."), status=409)
    number = Attempt.objects.filter(user=user, quiz=quiz).count() + 1
    # Taking the quiz is starting the module: the dashboard and the reports' "Begonnen" count it.
    course = quiz.module
    if course is not None:
        enrol(user, course)
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user, quiz=quiz, course=quiz.module, number=number, questions=snapshot, pass_mark=quiz.pass_mark
            )
    except IntegrityError:
        # A double click started the same attempt in another request; use that one.
        return Attempt.objects.get(user=user, quiz=quiz, submitted_at__isnull=True)


# What answering can change on an attempt; the rest (its questions, above all) is fixed when it starts.
OUTCOME_FIELDS = ["submitted_at", "score", "passed"]


def answer_question(attempt, position, form_data):
    """Record and grade one answer; `attempt` is refreshed (its OUTCOME_FIELDS) afterwards. Safe against replays:
    the database row is locked while it is written. The lock reads only whether the attempt is still open: the
    question snapshot (`questions`, the largest column) is the one `attempt` was read with, as it never changes.
    Raises QuizError: 404 for an unknown position or an attempt gone, 409 for an attempt closed or a question
    answered, 400 for an invalid choice."""
    if not 1 <= position <= len(attempt.questions):
        raise QuizError(_("Deze vraag hoort niet bij deze poging."), status=404)
    question = QuestionSnapshot(attempt.questions[position - 1])
    with transaction.atomic():
        try:
            attempt.submitted_at = (
                Attempt.objects.select_for_update().filter(pk=attempt.pk).values_list("submitted_at", flat=True).get()
            )
        except Attempt.DoesNotExist:  # removed since it was read (the learner's data erased, a coordinator)
            raise QuizError(_("Deze poging bestaat niet."), status=404) from None
        if not attempt.is_open:
            raise QuizError(_("Deze poging is al ingeleverd. Je antwoord is niet meer veranderd."), status=409)
        answer = Answer.objects.filter(attempt=attempt, position=position).first()
        if answer is None:
            answer = Answer(attempt=attempt, position=position, question_id=_bank_id(question))
        chosen_before = len(answer.chosen)
        record_choice(question, answer, form_data)
        answer.save()
        AnswerPick.objects.bulk_create(question.picks_for(answer, answer.chosen[chosen_before:]))
        if answer.completed and _all_answered(attempt):
            finish_attempt(attempt)
    attempt.refresh_from_db(fields=OUTCOME_FIELDS)
    return answer


def _bank_id(question):
    """The snapshot's question, if it is still in the bank."""
    return Question.objects.filter(pk=question.bank_id).values_list("pk", flat=True).first()


def review_mark(kind, choice, chosen):
    """The colour of an option in the feedback: "right" (green), "wrong" (red) or "neutral" (grey), for a
    question of `kind` "single" or "multiple" (QuestionSnapshot.kind), one of its snapshot `choice` dicts (with
    "correct", a bool) and whether the learner `chosen` it (a bool).

    Multiple choice: every option is a judgement of its own (tick what is right, leave open what is not), so
    the colour says whether the learner judged this one right. Single choice: only one option was picked, so
    the right answer is green, a wrong pick red, and the wrong options nobody picked grey; a wrong option left
    open is not something the learner got right.
    """
    if kind == MULTIPLE:
        return "right" if chosen == choice["correct"] else "wrong"
    if choice["correct"]:
        return "right"
    return "wrong" if chosen else "neutral"


def record_choice(question, answer, form_data):
    """Check one submitted choice against the question's snapshot and grade it onto `answer` (not saved).

    `question` is a QuestionSnapshot; `answer` is a quiz Answer or a team-session answer: anything with
    chosen, path, completed and score. A decision path takes one step per call; the answer is complete
    when the path ends.
    """
    if answer.completed:
        raise QuizError(_("Deze vraag heb je al beantwoord. Je eerste antwoord telt."), status=409)
    step = question.current_step(answer)
    if step and form_data.get("step") != step["key"]:
        _refuse_other_step(form_data.get("step"), answer)
    form = AnswerForm(question, form_data, step=step)
    if not form.is_valid():
        raise QuizError(" ".join(str(e) for errors in form.errors.values() for e in errors), status=400)
    chosen = form.chosen_keys()
    if question.is_path:
        choice = next(c for c in step["choices"] if c["key"] == chosen[0])
        answer.path = [*answer.path, {"step": step["key"], "choice": choice["key"]}]
        answer.chosen = [*answer.chosen, choice["key"]]
        if not choice["next_step"]:
            answer.completed = True
            answer.score = as_decimal(score_path_end(choice), "0.0001")
    else:
        answer.chosen = chosen
        answer.completed = True
        answer.score = as_decimal(score_choices(question, chosen), "0.0001")
    return answer


def _refuse_other_step(sent, answer):
    """A decision-path answer sent for another step than the current one: 409 only when it is a step of
    this answer's route that was already chosen (a second tab, the back button); anything else (a missing,
    made-up or future step) does not belong to this question, a 400. Nothing is changed either way."""
    if sent and sent in {taken["step"] for taken in answer.path or []}:
        raise QuizError(_("Deze stap heb je al gekozen. Je eerste keuze telt."), status=409)
    raise QuizError(_("Dit antwoord hoort niet bij deze vraag."), status=400)


def _all_answered(attempt):
    return Answer.objects.filter(attempt=attempt, completed=True).count() == len(attempt.questions)


def question_scores(attempt, answers):
    return scores_for(attempt.questions, answers)


def scores_for(questions, answers):
    """Each question's score as a fraction; a question without a finished answer scores 0."""
    by_position = {answer.position: answer for answer in answers}
    scores = []
    for position, data in enumerate(questions, start=1):
        question = QuestionSnapshot(data)
        answer = by_position.get(position)
        if answer is None or not answer.completed:
            scores.append(Fraction(0))
        elif question.is_path:
            scores.append(score_path_end(question.end_of(answer)))
        else:
            scores.append(score_choices(question, answer.chosen))
    return scores


def finish_attempt(attempt):
    """Grade and close the attempt once; a second call changes nothing. Call inside a transaction."""
    answers = list(Answer.objects.filter(attempt=attempt))
    percentage = attempt_percentage(question_scores(attempt, answers))
    passed = has_passed(percentage, attempt.pass_mark)
    closed = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        submitted_at=timezone.now(), score=as_decimal(percentage), passed=passed
    )
    if closed:
        attempt_submitted.send(sender=Attempt, attempt=attempt)
    if closed and passed:
        attempt.refresh_from_db()
        on_attempt_passed(attempt)
    return closed == 1


def on_attempt_passed(attempt):
    """The single place where passing a quiz leads to what comes next: the certificate, module completion."""

    issue_certificate(attempt)
    course = attempt.course
    if course:
        close_enrolment_if_complete(attempt.user, course)


def quiz_overview(user, quiz):
    """Context for the quiz's own page: the learner's attempts and whether they may start one."""
    if not user.is_authenticated:
        return {"attempts": [], "rules": None, "open_attempt": None}
    attempts = list(Attempt.objects.filter(user=user, quiz=quiz).defer("questions").order_by("number"))
    open_attempt = next((a for a in attempts if a.is_open), None)
    return {
        "attempts": [a for a in attempts if not a.is_open],
        "open_attempt": open_attempt,
        "rules": attempt_rules(user, quiz),
        "has_passed": any(a.passed for a in attempts),
    }


def attempt_for(user, attempt_uuid):
    """The learner's own attempt, or None: another learner's attempt is as good as unknown (404)."""
    return Attempt.objects.select_related("quiz").filter(uuid=attempt_uuid, user=user).first()


def first_open_position(attempt, answers):
    done = {a.position for a in answers if a.completed}
    for position in range(1, len(attempt.questions) + 1):
        if position not in done:
            return position
    return None


def result_summary(attempt, answers):
    """Per question what was right, the signals missed and the lessons to revisit."""
    by_position = {answer.position: answer for answer in answers}
    scores = question_scores(attempt, answers)
    rows, missed_signals, revisit = [], [], []
    for position, (data, score) in enumerate(zip(attempt.questions, scores, strict=True), start=1):
        question = QuestionSnapshot(data)
        answer = by_position.get(position)
        rows.append(review_row(question, answer, score, position))
        if score < 1:
            for label in question.signal_labels():
                if label not in missed_signals:
                    missed_signals.append(label)
            for lesson in question.lessons:
                if lesson not in revisit:
                    revisit.append(lesson)
    return {"rows": rows, "missed_signals": missed_signals, "revisit": revisit}


def review_row(question, answer, score=None, position=None, with_lessons=True):
    """What to show about an answered question (a QuestionSnapshot): chosen options, right ones and feedback.

    Only built for an answer that exists; for a decision path still in progress it holds the steps
    taken so far and nothing about the steps ahead.
    """
    chosen = set(answer.chosen) if answer else set()
    completed = bool(answer and answer.completed)
    row = {
        "position": position,
        "prompt": question.prompt,
        "scenario": question.data["scenario"],
        "kind": question.kind,
        "completed": completed,
        "explanation": question.explanation if completed else "",
        "lessons": question.lessons if completed and with_lessons else [],
        "signal_labels": question.signal_labels(),
        "score_percent": int(score * 100) if score is not None else None,
        "full_marks": score == 1 if score is not None else False,
        "choices": [],
        "path": [],
        "end": None,
        "story_not_seen": [],
    }
    if question.is_path:
        for step, choice in question.walk(answer.path if answer else []):
            row["path"].append({"scenario": step["scenario"], "prompt": step["prompt"], "choice": choice})
        row["end"] = question.end_of(answer)
        if completed:
            row["story_not_seen"] = question.story_not_seen(answer.path)
    elif completed:
        # Per option, whether the learner judged it right: ticked when it is right, left open when it is not.
        row["choices"] = [
            {
                **choice,
                "chosen": choice["key"] in chosen,
                "learner_right": (choice["key"] in chosen) == choice["correct"],
                "mark": review_mark(question.kind, choice, choice["key"] in chosen),
            }
            for choice in question.choices
        ]
        row["options_right"] = sum(choice["learner_right"] for choice in row["choices"])
        row["options_total"] = len(row["choices"])
    return row
