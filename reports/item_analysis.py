"""Item analysis of the question bank, aggregated in the database.

An answer names the bank question it was given to, and each option it chose is an AnswerPick row with the
option's wording as asked and whether it was right (both written when the answer is given, from the
attempt's snapshot). So facility, discrimination, the options picked and the missed signals are each one
grouped query; only the upper and lower 27% bounds are found in Python, from the attempts' scores.
"""

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, DecimalField, F, Q, Sum, Value
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import Audience
from home.choices import SignalCategory
from quizzes.models import Answer, AnswerPick, Attempt, Question, QuizPage

from .access import learner_q

logger = logging.getLogger(__name__)

EXTREME_GROUP = Decimal("0.27")  # Kelley's upper and lower 27%
CACHE_SECONDS = 600


@dataclass
class ItemRow:
    question_id: int
    title: str
    kind: str = ""
    answers: int = 0
    score_sum: float = 0.0
    upper_n: int = 0
    upper_sum: float = 0.0
    lower_n: int = 0
    lower_sum: float = 0.0
    picks: Counter = field(default_factory=Counter)
    wrong_picks: Counter = field(default_factory=Counter)
    exists: bool = True

    @property
    def facility(self):
        """Share right: the mean score of the answers, 0–1."""
        return round(self.score_sum / self.answers, 2) if self.answers else None

    @property
    def discrimination(self):
        """Facility among the best 27% of attempts minus facility among the weakest 27%."""
        if not self.upper_n or not self.lower_n:
            return None
        return round(self.upper_sum / self.upper_n - self.lower_sum / self.lower_n, 2)

    @property
    def facility_percent(self):
        return None if self.facility is None else round(self.facility * 100)

    @property
    def choice_summary(self):
        return "; ".join(f"{text}: {n}" for text, n in self.picks.most_common())

    @property
    def misleading(self):
        """The wrong choices picked most, most picked first."""
        return "; ".join(f"{text} ({n}×)" for text, n in self.wrong_picks.most_common(2))


@dataclass
class SignalRow:
    signal: str
    label: str
    team: str
    answers: int = 0
    missed_sum: float = 0.0

    @property
    def missed_percent(self):
        """Mean share missed (1 − score) of the answers to questions that train this signal."""
        return round(100 * self.missed_sum / self.answers, 1) if self.answers else None


@dataclass
class Analysis:
    items: list
    signals: list
    attempts: int = 0


def _extreme_filters(scored):
    """Q filters on answers for the upper and lower 27% of attempts by score (ties broken by id), or None.

    Written as bounds on (score, id), so the query does not carry thousands of ids."""
    ordered = sorted(scored, key=lambda pair: (pair[1], pair[0]))
    size = int(len(ordered) * EXTREME_GROUP) or (1 if len(ordered) >= 2 else 0)
    if not size:
        return None, None
    low_pk, low_score = ordered[size - 1]
    high_pk, high_score = ordered[-size]
    lower = Q(attempt__score__lt=low_score) | Q(attempt__score=low_score, attempt_id__lte=low_pk)
    upper = Q(attempt__score__gt=high_score) | Q(attempt__score=high_score, attempt_id__gte=high_pk)
    return upper, lower


def analyse(scope, course=None, organisation=None, municipality=None, team=None, since=None):
    """Item analysis and missed signals, aggregated in the database: one query per figure, whatever the
    number of answers (answers name their bank question, and their chosen options are rows of their own)."""
    attempts = Attempt.objects.filter(
        learner_q(scope, prefix="user__", organisation=organisation, municipality=municipality, team=team),
        submitted_at__isnull=False,
    )
    if since is not None:
        attempts = attempts.filter(submitted_at__gte=since)
    if course is not None:
        attempts = attempts.filter(quiz__in=QuizPage.objects.child_of(course))

    scored = list(attempts.order_by().values_list("pk", "score"))
    answers = Answer.objects.filter(attempt__in=attempts.values("pk"), completed=True, score__isnull=False)
    questions = {
        pk: (title, kind, signals)
        for pk, title, kind, signals in Question.objects.values_list("pk", "title", "kind", "signals")
    }
    items = _item_rows(answers, questions, *_extreme_filters(scored))
    _count_picks(items, answers)
    signals = _signal_rows(answers, questions)
    item_rows = sorted(items.values(), key=lambda i: (i.facility if i.facility is not None else 2, i.title))
    signal_rows = sorted(signals.values(), key=lambda s: (-(s.missed_percent or 0), s.label, s.team))
    return Analysis(items=item_rows, signals=signal_rows, attempts=len(scored))


def _item_rows(answers, questions, upper, lower):
    """{question id: ItemRow} with the answer count and score sums, overall and of the upper and lower group."""
    nothing = Q(pk__in=[])
    figures = answers.values("question_id").annotate(
        n=Count("pk"),
        total=Sum("score"),
        upper_n=Count("pk", filter=upper or nothing),
        upper_total=Sum("score", filter=upper or nothing),
        lower_n=Count("pk", filter=lower or nothing),
        lower_total=Sum("score", filter=lower or nothing),
    )
    items = {}
    for row in figures:
        qid = row["question_id"]
        title, kind, _signals = questions.get(qid, (_("(verwijderde vraag)"), "", []))
        items[qid] = ItemRow(
            question_id=qid,
            title=title,
            kind=kind,
            answers=row["n"],
            score_sum=float(row["total"] or 0),
            upper_n=row["upper_n"],
            upper_sum=float(row["upper_total"] or 0),
            lower_n=row["lower_n"],
            lower_sum=float(row["lower_total"] or 0),
            exists=qid in questions,
        )
    return items


def _count_picks(items, answers):
    """Add to each item how often each option was picked, and picked wrongly."""
    picks = (
        AnswerPick.objects.filter(answer__in=answers)
        .values("question_id", "text")
        .annotate(n=Count("pk"), wrong=Count("pk", filter=Q(correct=False)))
    )
    for row in picks:
        item = items.get(row["question_id"])
        if item is None:
            continue
        item.picks[row["text"]] += row["n"]
        if row["wrong"]:
            item.wrong_picks[row["text"]] += row["wrong"]


def _signal_rows(answers, questions):
    """{(signal, team id or "all"): SignalRow} with the share of points missed on the questions of each signal."""
    signals = {}
    missed = answers.values("question_id", "attempt__user__team_id").annotate(
        n=Count("pk"), missed=Sum(Value(Decimal(1)) - F("score"), output_field=DecimalField())
    )
    for row in missed:
        _title, _kind, question_signals = questions.get(row["question_id"], ("", "", []))
        for signal in question_signals or []:
            for team_key in (row["attempt__user__team_id"], "all"):
                entry = signals.get((signal, team_key))
                if entry is None:
                    entry = signals[(signal, team_key)] = SignalRow(signal=signal, label="", team=team_key)
                entry.answers += row["n"]
                entry.missed_sum += float(row["missed"] or 0)

    teams = dict(Audience.objects.values_list("pk", "name"))
    signal_labels = dict(SignalCategory.choices)
    for entry in signals.values():
        entry.label = str(signal_labels.get(entry.signal, entry.signal))
        if entry.team == "all":
            entry.team = _("alle teams")
        elif entry.team is None:
            entry.team = _("(geen team)")
        else:
            entry.team = teams.get(entry.team, "")
    return signals


def answers_version(course_id=None):
    """A token that changes whenever an answer in module `course_id` (or, for None, in any module) is graded.

    Kept in the cache and bumped by `answers_changed` (connected in `ReportsConfig.ready`), so reading it costs
    no query, and an answer in one module leaves the cached reports of every other module valid.
    """
    key = f"reports:answers-version:{course_id or 'all'}"
    try:
        return cache.get_or_set(key, lambda: time.time_ns(), None)
    except Exception:  # noqa: BLE001 - the cache is down: a new token, so nothing stale is read
        return time.time_ns()


def answers_changed(course_id):
    """Mark the cached figures of module `course_id` and of all modules together as out of date.

    Never raises: a learner's answer must not fail because the cache is down.
    """
    for key in (f"reports:answers-version:{course_id}", "reports:answers-version:all"):
        try:
            try:
                cache.incr(key)
            except ValueError:  # not in the cache (evicted or never read): a fresh token starts a new generation
                cache.set(key, time.time_ns(), None)
        except Exception:
            logger.error("could not mark the cached reports of module %s out of date", course_id, exc_info=True)


def cached_analysis(scope, course=None, organisation=None, municipality=None, team=None):
    """`analyse`, kept for ten minutes per scope and filters, until an answer in the chosen module is graded.

    With a module chosen, only answers in that module make it stale; the all-modules view goes stale with any.
    """
    parts = [scope.organisation_id, getattr(course, "pk", None), getattr(organisation, "pk", None), municipality]
    parts += [getattr(team, "pk", None), answers_version(getattr(course, "pk", None)), translation.get_language()]
    key = "reports:analysis:" + ":".join(str(part) for part in parts)
    result = cache.get(key)
    if result is None:
        result = analyse(scope, course=course, organisation=organisation, municipality=municipality, team=team)
        cache.set(key, result, CACHE_SECONDS)
    return result


def most_missed_questions(scope, limit=5, minimum_answers=5, days=90):
    """For the dashboard: the questions with the lowest share right in attempts of the last `days` days.

    Returns at most `limit` ItemRows with at least `minimum_answers` answers. A question everyone got fully
    right (shown as 100 % right) was not missed, so it is never listed, however few questions were missed.
    """
    since = timezone.now() - timedelta(days=days)
    items = [i for i in analyse(scope, since=since).items if i.answers >= minimum_answers and i.facility_percent < 100]
    return items[:limit]
