"""Item analysis of the question bank and the missed signals, from the item statistics.

Every figure is a sum over cells (question, module, organisation, team) of `reports.models.ItemStatistics`,
`PickStatistics` and `AttemptStatistics`, which `reports.item_statistics` keeps up to date when an attempt is
submitted (and when answers, learners, questions, modules, organisations or teams change). So a report reads a
few thousand rows, however many answers there are: four queries, whatever the data size.
"""

import logging
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import Audience
from home.choices import SignalCategory
from quizzes.models import Answer, Question

from .access import cell_q, learner_q
from .models import SCORE_UNITS, AttemptStatistics, ItemStatistics, PickStatistics

logger = logging.getLogger(__name__)

CACHE_SECONDS = 600


@dataclass
class ItemRow:
    question_id: int | None
    title: str
    kind: str = ""
    answers: int = 0
    score_sum: float = 0.0
    discrimination: float | None = None
    picks: Counter = field(default_factory=Counter)
    wrong_picks: Counter = field(default_factory=Counter)
    exists: bool = True

    @property
    def facility(self):
        """Share right: the mean score of the answers, 0–1."""
        return round(self.score_sum / self.answers, 2) if self.answers else None

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


def item_total_correlation(n, sx, sxx, sy, syy, sxy):
    """The discrimination index: Pearson's correlation between the answers' scores x and the scores y of the
    attempts they belong to, from the sums n, Σx, Σx², Σy, Σy², Σxy (any units; the correlation has none).

    −1 to 1, rounded to two decimals; None with fewer than two answers or when x or y does not vary. For a
    question that is either right or wrong this is the point-biserial correlation, the discrimination index of
    classical test theory that Moodle's quiz statistics also report (as a correlation with the rest of the
    test); unlike Kelley's best-minus-weakest 27%, it follows from sums that can be kept up to date per answer.
    The attempt's score includes the question itself, which raises the index a little on short quizzes.
    """
    if n < 2:
        return None
    spread_x, spread_y = n * sxx - sx * sx, n * syy - sy * sy
    if spread_x <= 0 or spread_y <= 0:
        return None
    return round((n * sxy - sx * sy) / math.sqrt(spread_x * spread_y), 2)


def analyse(scope, course=None, organisation=None, municipality=None, team=None):
    """Item analysis and missed signals of the submitted attempts in the scope and filters.

    `course` is a module (the attempt's stored module, `Attempt.course`), `organisation` and `team` are
    objects, `municipality` a `Municipality` value; learners count under their organisation and team of now.
    Four queries on the item statistics (and one for the questions, one for the teams), whatever the number
    of answers.
    """
    cells = cell_q(scope, organisation=organisation, municipality=municipality, team=team)
    if course is not None:
        cells &= Q(course_id=course.pk)
    questions = {
        pk: (title, kind, signals)
        for pk, title, kind, signals in Question.objects.values_list("pk", "title", "kind", "signals")
    }
    items = _item_rows(ItemStatistics.objects.filter(cells), questions)
    _count_picks(items, PickStatistics.objects.filter(cells))
    signals = _signal_rows(ItemStatistics.objects.filter(cells), questions)
    attempts = AttemptStatistics.objects.filter(cells).aggregate(n=Sum("attempts"))["n"] or 0
    item_rows = sorted(items.values(), key=lambda i: (i.facility if i.facility is not None else 2, i.title))
    signal_rows = sorted(signals.values(), key=lambda s: (-(s.missed_percent or 0), s.label, s.team))
    return Analysis(items=item_rows, signals=signal_rows, attempts=attempts)


def _question_row(question_id, questions, **figures):
    """An ItemRow for `question_id` (0: a deleted question)."""
    question_id = question_id or None
    title, kind, _signals = questions.get(question_id, (_("(verwijderde vraag)"), "", []))
    return ItemRow(question_id=question_id, title=title, kind=kind, exists=question_id in questions, **figures)


def _item_rows(cells, questions):
    """{question id: ItemRow} with the answer count, the score sum and the discrimination index."""
    sums = ("score_sum", "score_squares", "attempt_score_sum", "attempt_score_squares", "product_sum")
    figures = cells.values("question_id").annotate(n=Sum("answers"), **{name: Sum(name) for name in sums}).order_by()
    items = {}
    for row in figures:
        n, sx, sxx, sy, syy, sxy = (int(row[name] or 0) for name in ("n", *sums))
        item = _question_row(
            row["question_id"],
            questions,
            answers=n,
            score_sum=sx / SCORE_UNITS,
            discrimination=item_total_correlation(n, sx, sxx, sy, syy, sxy),
        )
        items[item.question_id] = item
    return items


def _count_picks(items, cells):
    """Add to each item how often each option was picked, and picked wrongly."""
    picks = cells.values("question_id", "text").annotate(n=Sum("picks"), wrong=Sum("wrong_picks")).order_by()
    for row in picks:
        item = items.get(row["question_id"] or None)
        if item is None:
            continue
        item.picks[row["text"]] += row["n"]
        if row["wrong"]:
            item.wrong_picks[row["text"]] += row["wrong"]


def _signal_rows(cells, questions):
    """{(signal, team id or "all"): SignalRow} with the share of points missed on the questions of each signal."""
    signals = {}
    missed = cells.values("question_id", "team_id").annotate(n=Sum("answers"), total=Sum("score_sum")).order_by()
    for row in missed:
        _title, _kind, question_signals = questions.get(row["question_id"] or None, ("", "", []))
        for signal in question_signals or []:
            for team_key in (row["team_id"] or None, "all"):
                entry = signals.get((signal, team_key))
                if entry is None:
                    entry = signals[(signal, team_key)] = SignalRow(signal=signal, label="", team=team_key)
                entry.answers += row["n"]
                entry.missed_sum += row["n"] - int(row["total"] or 0) / SCORE_UNITS

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
    """A token that changes whenever the item statistics of module `course_id` (or, for None, of any module)
    change: an attempt submitted or deleted, learners moved (`reports.item_statistics.apply`).

    Kept in the cache and bumped by `answers_changed`, so reading it costs no query, and an attempt in one
    module leaves the cached reports of every other module valid.
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
    """`analyse`, kept for ten minutes per scope and filters, until the chosen module's item statistics change.

    With a module chosen, only attempts in that module make it stale; the all-modules view goes stale with any.
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

    Returns at most `limit` ItemRows (answers and facility only) with at least `minimum_answers` answers. A
    question everyone got fully right (shown as 100 % right) was not missed, so it is never listed, however few
    questions were missed. One grouped query on the answers of the period (the item statistics keep no dates);
    the dashboard panel keeps the result five minutes.
    """
    since = timezone.now() - timedelta(days=days)
    figures = (
        Answer.objects.filter(
            learner_q(scope, prefix="attempt__user__"),
            attempt__submitted_at__gte=since,
            completed=True,
            score__isnull=False,
        )
        .values("question_id")
        .annotate(n=Count("pk"), total=Sum("score"))
        .order_by()
    )
    questions = dict(Question.objects.values_list("pk", "title"))
    items = [
        ItemRow(
            question_id=row["question_id"],
            title=questions.get(row["question_id"], _("(verwijderde vraag)")),
            answers=row["n"],
            score_sum=float(row["total"] or 0),
            exists=row["question_id"] in questions,
        )
        for row in figures
    ]
    items = [i for i in items if i.answers >= minimum_answers and i.facility_percent < 100]
    return sorted(items, key=lambda i: (i.facility, i.title))[:limit]
