"""Item analysis of the question bank, from the snapshots the attempts keep.

Answers store opaque per-attempt keys; only the attempt's `questions` snapshot says which question and which
choice a key was. So the figures are computed in Python over two streamed queries merged on the attempt
(attempts ordered by id with their snapshot, answers ordered by attempt), plus one light query for the
attempts' scores. Only one attempt's snapshot is in memory at a time; the query count does not depend on
the number of answers.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, FloatField, Max, TextField
from django.db.models.functions import Cast
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import Audience
from home.choices import SignalCategory
from quizzes.models import Answer, Attempt, Question, QuizPage

from .access import learner_q

EXTREME_GROUP = Decimal("0.27")  # Kelley's upper and lower 27%
CHUNK = 2000
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


def _choice_map(snapshot):
    """key → (text, correct) for this attempt's question. In a decision path a step on the way is neither
    right nor wrong; an end is right at 100 points and wrong at 0 (in between: neither)."""
    keys = {c["key"]: (c["text"], c["correct"]) for c in snapshot.get("choices", [])}
    for step in snapshot.get("steps", []):
        for choice in step["choices"]:
            correct = None
            if not choice.get("next_step"):
                correct = {100: True, 0: False}.get(choice.get("end_score"))
            keys[choice["key"]] = (choice["text"], correct)
    return keys


def _extremes(scored):
    """Ids of the attempts in the upper and lower 27% by score (at least one each once there are two)."""
    ordered = sorted(scored, key=lambda pair: (pair[1], pair[0]))
    size = int(len(ordered) * EXTREME_GROUP) or (1 if len(ordered) >= 2 else 0)
    if not size:
        return set(), set()
    return {pk for pk, _ in ordered[-size:]}, {pk for pk, _ in ordered[:size]}


def analyse(scope, course=None, organisation=None, municipality=None, team=None, since=None):
    attempts = Attempt.objects.filter(
        learner_q(scope, prefix="user__", organisation=organisation, municipality=municipality, team=team),
        submitted_at__isnull=False,
    )
    if since is not None:
        attempts = attempts.filter(submitted_at__gte=since)
    if course is not None:
        attempts = attempts.filter(quiz__in=QuizPage.objects.child_of(course))

    scored = list(attempts.values_list("pk", "score"))
    upper, lower = _extremes(scored)

    items = {}
    signals = {}
    snapshots = attempts.order_by("pk").values_list("pk", "user__team_id", "questions").iterator(chunk_size=CHUNK)
    # The chosen keys as JSON text and the score as a float: decoding 200,000 small values is what costs.
    answers = (
        Answer.objects.filter(attempt__in=attempts.values("pk"), completed=True, score__isnull=False)
        .order_by("attempt_id", "position")
        .values_list("attempt_id", "position", Cast("chosen", TextField()), Cast("score", FloatField()))
        .iterator(chunk_size=CHUNK)
    )
    current_id, current_team, current_questions = 0, None, []
    for attempt_id, position, chosen, score in answers:
        while current_id < attempt_id:
            current_id, current_team, current_questions = next(snapshots, (attempt_id + 1, None, []))
        # An attempt submitted between the two queries has answers but no snapshot here: skip it.
        if current_id != attempt_id or not 1 <= position <= len(current_questions):
            continue
        question = current_questions[position - 1]
        qid = question.get("id")
        item = items.get(qid)
        if item is None:
            item = items[qid] = ItemRow(question_id=qid, title=question.get("title", ""), kind=question["kind"])
        value = score
        item.answers += 1
        item.score_sum += value
        if attempt_id in upper:
            item.upper_n += 1
            item.upper_sum += value
        elif attempt_id in lower:
            item.lower_n += 1
            item.lower_sum += value
        for key, (text, correct) in _choice_map(question).items():
            if f'"{key}"' not in chosen:  # keys are URL-safe tokens: no quotes or escapes inside
                continue
            item.picks[text] += 1
            if correct is False:
                item.wrong_picks[text] += 1
        for signal in question.get("signals", []):
            for team_key in (current_team, "all"):
                entry = signals.get((signal, team_key))
                if entry is None:
                    entry = signals[(signal, team_key)] = SignalRow(signal=signal, label="", team=team_key)
                entry.answers += 1
                entry.missed_sum += 1 - value

    current_titles = dict(Question.objects.filter(pk__in=[pk for pk in items if pk]).values_list("pk", "title"))
    for item in items.values():
        item.exists = item.question_id in current_titles
        item.title = current_titles.get(item.question_id, item.title)

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
    item_rows = sorted(items.values(), key=lambda i: (i.facility if i.facility is not None else 2, i.title))
    signal_rows = sorted(signals.values(), key=lambda s: (-(s.missed_percent or 0), s.label, s.team))
    return Analysis(items=item_rows, signals=signal_rows, attempts=len(scored))


def data_version():
    """Changes whenever an answer is given (a submission always saves its last answer)."""
    latest = Answer.objects.aggregate(latest=Max("answered_at"), count=Count("pk"))
    return f"{latest['count']}:{latest['latest'].isoformat() if latest['latest'] else ''}"


def cached_analysis(scope, course=None, organisation=None, municipality=None, team=None):
    """`analyse`, kept for ten minutes per scope, filters and answers given: it reads every answer in scope."""
    parts = [scope.organisation_id, getattr(course, "pk", None), getattr(organisation, "pk", None), municipality]
    parts += [getattr(team, "pk", None), data_version(), translation.get_language()]
    key = "reports:analysis:" + ":".join(str(part) for part in parts)
    result = cache.get(key)
    if result is None:
        result = analyse(scope, course=course, organisation=organisation, municipality=municipality, team=team)
        cache.set(key, result, CACHE_SECONDS)
    return result


def most_missed_questions(scope, limit=5, minimum_answers=5, days=90):
    """For the dashboard: the questions with the lowest share right in attempts of the last `days` days."""
    since = timezone.now() - timedelta(days=days)
    items = [i for i in analyse(scope, since=since).items if i.answers >= minimum_answers]
    return items[:limit]
