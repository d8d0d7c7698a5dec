"""The figures behind the reports. Each function runs a fixed number of grouped queries, whatever the data size.

See docs/reports.md for what each figure means.
"""

import statistics
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Audience, Municipality, Organisation
from briefings.models import BriefingSession, Registration
from certificates.models import Certificate
from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, module_path
from quizzes.models import Attempt, QuizPage

from .access import certificate_q, learner_q

GROUP_BY_ORGANISATION = "organisation"
GROUP_BY_MUNICIPALITY = "municipality"
GROUP_BY_TEAM = "team"


def learners():
    """Accounts that take the training: active, and not staff of the platform itself."""
    return get_user_model().objects.filter(is_active=True, is_staff=False)


def share(part, whole):
    return round(100 * part / whole, 1) if whole else None


@dataclass
class ReachRow:
    key: object
    label: str
    registered: int = 0
    started: int = 0
    completed: int = 0
    passed: int = 0
    certificates_valid: int = 0
    certificates_expired: int = 0
    briefing_attended: int = 0
    staff_count: int | None = None

    @property
    def staff_share(self):
        """Share of the organisation's staff that passed a module, when its staff count is known."""
        return share(self.passed, self.staff_count)


def reach(scope, group_by=GROUP_BY_ORGANISATION, organisation=None, municipality=None, team=None):
    """Learners registered, started, completed and passed; certificates; briefing attendance — per group."""
    user_key = {
        GROUP_BY_ORGANISATION: "organisation_id",
        GROUP_BY_MUNICIPALITY: "organisation__municipality",
        GROUP_BY_TEAM: "team_id",
    }[group_by]
    filters = {"organisation": organisation, "municipality": municipality, "team": team}

    # Taking a quiz is starting too (older attempts may have no enrolment); completion is courses' one rule.
    started = Exists(Enrolment.objects.filter(user=OuterRef("pk"))) | Exists(
        Attempt.objects.filter(user=OuterRef("pk"))
    )
    completed = Exists(Enrolment.objects.filter(user=OuterRef("pk"), completed_at__isnull=False))
    passed = Exists(Attempt.objects.filter(user=OuterRef("pk"), passed=True))
    people = (
        learners()
        .filter(learner_q(scope, **filters))
        .values(group=F(user_key))
        .annotate(
            registered=Count("pk"),
            started=Count("pk", filter=started),
            completed=Count("pk", filter=completed),
            passed=Count("pk", filter=passed),
        )
        .order_by()
    )

    certificate_key = {
        GROUP_BY_ORGANISATION: Coalesce("learner__organisation_id", "team_session__organisation_id"),
        GROUP_BY_MUNICIPALITY: Coalesce(
            "learner__organisation__municipality", "team_session__organisation__municipality"
        ),
        GROUP_BY_TEAM: Coalesce("learner__team_id", "team_session__team_id"),
    }[group_by]
    today = timezone.localdate()
    certificates = (
        Certificate.objects.filter(certificate_q(scope, **filters))
        .values(group=certificate_key)
        .annotate(
            valid=Count("pk", filter=Q(revoked_at__isnull=True, valid_until__gte=today)),
            expired=Count("pk", filter=Q(revoked_at__isnull=True, valid_until__lt=today)),
        )
        .order_by()
    )
    attended = (
        Registration.objects.filter(learner_q(scope, prefix="user__", **filters), attended=True)
        .values(group=F(f"user__{user_key}"))
        .annotate(n=Count("pk"))
        .order_by()
    )

    rows = {}

    def row(key):
        if key not in rows:
            rows[key] = ReachRow(key=key, label="")
        return rows[key]

    for data in people:
        target = row(data["group"])
        target.registered = data["registered"]
        target.started = data["started"]
        target.completed = data["completed"]
        target.passed = data["passed"]
    for data in certificates:
        target = row(data["group"])
        target.certificates_valid = data["valid"]
        target.certificates_expired = data["expired"]
    for data in attended:
        row(data["group"]).briefing_attended = data["n"]

    _label_groups(rows, group_by)
    return sorted(rows.values(), key=lambda r: (r.key is None, r.label.lower()))


def _label_groups(rows, group_by):
    keys = [key for key in rows if key is not None]
    if group_by == GROUP_BY_ORGANISATION:
        for organisation in Organisation.objects.filter(pk__in=keys).only("name", "staff_count"):
            rows[organisation.pk].label = organisation.name
            rows[organisation.pk].staff_count = organisation.staff_count
        none_label = _("(geen organisatie)")
    elif group_by == GROUP_BY_TEAM:
        for audience in Audience.objects.filter(pk__in=keys).only("name"):
            rows[audience.pk].label = audience.name
        none_label = _("(geen team)")
    else:
        labels = dict(Municipality.choices)
        for key in keys:
            rows[key].label = str(labels.get(key, key))
        none_label = _("(geen gemeente)")
    if None in rows:
        rows[None].label = none_label


@dataclass
class ModuleRow:
    pk: int
    title: str
    lesson_count: int = 0
    enrolled: int = 0
    lessons_done: int = 0
    attempted: int = 0
    passed: int = 0
    completed: int = 0
    attempts: int = 0
    completion_days: list = field(default_factory=list, repr=False)

    @property
    def average_attempts(self):
        return round(self.attempts / self.attempted, 2) if self.attempted else None

    @property
    def median_days(self):
        """Median days from the start of the module to the first passed attempt."""
        return round(statistics.median(self.completion_days), 1) if self.completion_days else None

    @property
    def pass_rate(self):
        return share(self.passed, self.enrolled)


def module_funnel(scope, course=None, organisation=None, municipality=None, team=None):
    """Per module: enrolled, all lessons done, quiz attempted, passed; attempts and the time it took."""
    filters = {"organisation": organisation, "municipality": municipality, "team": team}
    users = learner_q(scope, prefix="user__", **filters)
    courses = CoursePage.objects.order_by("path")
    if course is not None:
        courses = courses.filter(pk=course.pk)
    modules = {}
    course_by_path = {}
    for pk, title, path in courses.values_list("pk", "title", "path"):
        modules[pk] = ModuleRow(pk=pk, title=title)
        course_by_path[path] = pk

    for path in LessonPage.objects.live().values_list("path", flat=True):
        pk = course_by_path.get(module_path(path))
        if pk:
            modules[pk].lesson_count += 1
    quiz_course = {}
    for pk, path in QuizPage.objects.values_list("pk", "path"):
        if module_path(path) in course_by_path:
            quiz_course[pk] = course_by_path[module_path(path)]

    # Completion is courses.services' one rule, recorded as Enrolment.completed_at when it is met.
    enrolments = (
        Enrolment.objects.filter(users, course__in=modules)
        .values("course_id")
        .annotate(n=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by()
    )
    for row in enrolments:
        modules[row["course_id"]].enrolled += row["n"]
        modules[row["course_id"]].completed += row["completed"]

    _count_lessons_done(modules, users)
    _count_attempts(modules, users, quiz_course)
    return list(modules.values())


def _count_lessons_done(modules, users):
    """Per module, the learners (in `users`) who completed every live lesson.

    The comparison with each module's number of lessons happens in the database, so only the learners who
    are done come back (their module's id), not a row per learner and module.
    """
    with_lessons = {pk: module.lesson_count for pk, module in modules.items() if module.lesson_count}
    if with_lessons:
        lesson_count = Case(
            *[When(course_id=pk, then=Value(count)) for pk, count in with_lessons.items()],
            output_field=BigIntegerField(),
        )
        done = (
            LessonCompletion.objects.filter(users, course__in=list(with_lessons), lesson__live=True)
            .values("course_id", "user_id")
            .annotate(n=Count("lesson_id", distinct=True))
            .filter(n__gte=lesson_count)
            .order_by()
            .values_list("course_id", flat=True)
        )
        for course_id in done.iterator():
            modules[course_id].lessons_done += 1
    for module in modules.values():
        if module.lesson_count == 0:  # nothing to read: everyone who started has done the lessons
            module.lessons_done = module.enrolled


def _count_attempts(modules, users, quiz_course):
    """Per module, who attempted and passed its quiz, the attempts, and the days from start to first pass.

    Two grouped queries whatever the number of learners: counts per quiz, and for each learner who passed the
    time from their enrolment to their first pass (computed in the database, so only durations come back).
    A learner who took the quiz without an enrolment (before enrolments were recorded for it) counts as
    started all the same.
    """
    if not quiz_course:
        return
    module_of_quiz = Case(
        *[When(quiz_id=quiz, then=Value(course)) for quiz, course in quiz_course.items()],
        output_field=BigIntegerField(),
    )
    attempts = Attempt.objects.filter(
        users, quiz__in=list(quiz_course), submitted_at__isnull=False, user__isnull=False
    ).alias(module_id=module_of_quiz)
    enrolment = Enrolment.objects.filter(user_id=OuterRef("user_id"), course_id=OuterRef("module_id"))
    per_quiz = (
        attempts.values("quiz_id")
        .annotate(
            attempted=Count("user_id", distinct=True),
            attempts=Count("pk"),
            passed=Count("user_id", distinct=True, filter=Q(passed=True)),
            unenrolled=Count("user_id", distinct=True, filter=~Exists(enrolment)),
        )
        .order_by()
    )
    for row in per_quiz:
        module = modules[quiz_course[row["quiz_id"]]]
        module.enrolled += row["unenrolled"]
        module.attempted += row["attempted"]
        module.attempts += row["attempts"]
        module.passed += row["passed"]
    started = Subquery(enrolment.values("started_at")[:1])
    durations = (
        attempts.filter(passed=True)
        .values("user_id", "quiz_id")
        .annotate(taken=ExpressionWrapper(Min("submitted_at") - started, output_field=DurationField()))
        .order_by()
        .values_list("quiz_id", "taken")
    )
    for quiz_id, taken in durations.iterator():
        if taken is not None:
            modules[quiz_course[quiz_id]].completion_days.append(max(taken.total_seconds(), 0) / 86400)


def certificates_per_month(certificates, months=12):
    """(first day of month, count) for the last `months` months, months without certificates included."""
    today = timezone.localdate()
    index = today.year * 12 + today.month - 1 - (months - 1)
    first = today.replace(year=index // 12, month=index % 12 + 1, day=1)
    counts = {
        month.date() if hasattr(month, "date") else month: n
        for month, n in certificates.filter(issued_at__date__gte=first)
        .annotate(month=TruncMonth("issued_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("month", "n")
    }
    result = []
    month = first
    while month <= today:
        result.append((month, counts.get(month, 0)))
        month = (month + timedelta(days=32)).replace(day=1)
    return result


def dashboard_figures(scope, now=None):
    """The four figures on the admin dashboard."""
    now = now or timezone.now()
    month_start = timezone.localtime(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    trained = Certificate.objects.filter(
        certificate_q(scope), issued_at__gte=month_start, revoked_at__isnull=True
    ).count()
    recent = Attempt.objects.filter(
        learner_q(scope, prefix="user__"), submitted_at__gte=now - timedelta(days=30)
    ).aggregate(submitted=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
    briefings = list(
        BriefingSession.objects.filter(status=BriefingSession.Status.PLANNED, start__gt=now)
        .annotate(taken=Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)))
        .filter(capacity__gt=F("taken"))
        .annotate(free_seats=F("capacity") - F("taken"))
        .order_by("start")[:5]
    )
    return {
        "trained_this_month": trained,
        "submitted": recent["submitted"],
        "passed": recent["passed"],
        "pass_rate": share(recent["passed"], recent["submitted"]),
        "briefings": briefings,
    }
