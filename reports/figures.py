"""The figures behind the reports. Each function runs a fixed number of grouped queries, whatever the data size.

See docs/reports.md for what each figure means.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Sum,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Audience, Municipality, Organisation
from briefings.models import BriefingSession, Registration
from certificates.models import Certificate
from courses.models import CoursePage, Enrolment, LessonPage, module_path
from quizzes.models import Attempt

from .access import cell_q, certificate_q, learner_q
from .models import LessonStatistics, ModuleProgress, ModuleStatistics

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
        .exclude(status=Registration.Status.CANCELLED)
        .exclude(session__status=BriefingSession.Status.CANCELLED)
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
    median_days: float | None = None  # from the start of the module to the first passed attempt

    @property
    def average_attempts(self):
        return round(self.attempts / self.attempted, 2) if self.attempted else None

    @property
    def pass_rate(self):
        return share(self.passed, self.enrolled)


def module_funnel(scope, course=None, organisation=None, municipality=None, team=None):
    """Per module: started, all lessons done, quiz attempted, passed, completed; attempts and the median time.

    Read from the module statistics (`reports.module_statistics`), kept up to date as learners enrol, finish
    lessons and submit attempts: one query for the cells, one for the lessons-done histogram and one for the
    medians' middle values, whatever the number of learners.
    """
    cells = cell_q(scope, organisation=organisation, municipality=municipality, team=team)
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

    enrolments, timed = {}, {}
    sums = (
        ModuleStatistics.objects.filter(cells, course_id__in=list(modules))
        .values("course_id")
        .annotate(
            enrolments=Sum("enrolled"),
            completed=Sum("completed"),
            started=Sum("started"),
            attempted=Sum("attempted"),
            attempts=Sum("attempts"),
            passed=Sum("passed"),
            timed=Sum("timed"),
        )
        .order_by()
    )
    for row in sums:
        module = modules[row["course_id"]]
        module.enrolled, module.completed = row["started"], row["completed"]
        module.attempted, module.attempts, module.passed = row["attempted"], row["attempts"], row["passed"]
        enrolments[module.pk], timed[module.pk] = row["enrolments"], row["timed"]

    # "All lessons done": learners with at least as many live lessons done as the module has now.
    with_lessons = [pk for pk, module in modules.items() if module.lesson_count]
    histogram = (
        LessonStatistics.objects.filter(cells, course_id__in=with_lessons)
        .values_list("course_id", "lessons")
        .annotate(n=Sum("learners"))
        .order_by()
    )
    for course_id, lessons, n in histogram:
        if lessons >= modules[course_id].lesson_count:
            modules[course_id].lessons_done += n
    for module in modules.values():
        if module.lesson_count == 0:  # nothing to read: everyone enrolled has done the lessons
            module.lessons_done = enrolments.get(module.pk, 0)

    for pk, median in _median_days(cells, timed).items():
        modules[pk].median_days = median
    return list(modules.values())


def _median_days(cells, timed):
    """{module id: median days from start to first pass}, from each module's one or two middle values alone,
    read in order from an index: one query for all modules, exactly as `statistics.median` over every value.

    `timed` is {module id: how many learners in `cells` have a time}.
    """
    parts, params = [], []
    for n, (course_id, count) in enumerate(sorted(timed.items())):
        if not count:
            continue
        middle = (count - 1) // 2
        values = (
            ModuleProgress.objects.filter(cells, course_id=course_id, pass_after__isnull=False)
            .order_by("pass_after")
            .values_list("course_id", "pass_after")[middle : middle + 2 - count % 2]
        )
        sql, values_params = values.query.sql_with_params()
        parts.append(f"SELECT * FROM ({sql}) AS middle_{n}")  # a sliced query cannot be a UNION's part itself
        params += values_params
    if not parts:
        return {}
    days = {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for course_id, value in cursor.fetchall():
            days.setdefault(course_id, []).append(timedelta(microseconds=value).total_seconds() / 86400)
    return {course_id: round(sum(values) / len(values), 1) for course_id, values in days.items()}


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
