"""The module statistics kept up to date give the modules report exactly the figures of a recomputation from
the raw rows, for every report filter, after enrolments, lessons, attempts, deletions, moves and lessons
(un)published; and the report's query count does not grow with the data."""

import importlib
import io
import itertools
import random
import statistics
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.management import call_command
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from accounts.factories import OrganisationFactory, UserFactory
from accounts.privacy import delete_account
from courses.factories import CoursePageFactory, LessonPageFactory
from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, module_path
from courses.services import complete_lesson, enrol
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt, QuizPage
from quizzes.services import start_attempt
from reports import module_statistics
from reports.access import Scope, learner_q
from reports.figures import module_funnel
from reports.models import LessonStatistics, ModuleProgress, ModuleStatistics

from .conftest import WorldAndLearnersSharedByTheClass, world_with_learners
from .test_item_statistics import answer_randomly


@dataclass
class RawRow:
    pk: int
    title: str
    lesson_count: int = 0
    enrolled: int = 0
    lessons_done: int = 0
    attempted: int = 0
    passed: int = 0
    completed: int = 0
    attempts: int = 0
    completion_days: list = field(default_factory=list)

    @property
    def median_days(self):
        return round(statistics.median(self.completion_days), 1) if self.completion_days else None


def raw_module_funnel(scope, course=None, organisation=None, municipality=None, team=None):
    """The modules report as it was computed before the module statistics, straight from the raw rows (the
    code of `reports.figures.module_funnel` until 2026-11, kept here as the reference)."""
    filters = {"organisation": organisation, "municipality": municipality, "team": team}
    users = learner_q(scope, prefix="user__", **filters)
    courses = CoursePage.objects.order_by("path")
    if course is not None:
        courses = courses.filter(pk=course.pk)
    modules = {}
    course_by_path = {}
    for pk, title, path in courses.values_list("pk", "title", "path"):
        modules[pk] = RawRow(pk=pk, title=title)
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


FIGURES = ("lesson_count", "enrolled", "lessons_done", "attempted", "passed", "completed", "attempts", "median_days")


def figures(rows):
    return {row.pk: (row.title, *(getattr(row, name) for name in FIGURES)) for row in rows}


@pytest.fixture
def world(catalogue, audiences):
    """Three modules with a quiz each (three lessons, one lesson, none); organisations in two municipalities."""
    return make_world(catalogue, audiences)


def make_world(catalogue, audiences):
    no_lessons = CoursePageFactory(parent=catalogue.index, title="Zonder lessen", slug="zonder-lessen")
    quizzes = [
        QuizPageFactory(
            parent=module, slug=f"toets-{n}", pass_mark=50, questions=[QuestionFactory(), QuestionFactory()]
        )
        for n, module in enumerate([catalogue.social, catalogue.school, no_lessons])
    ]
    lelystad = OrganisationFactory(name="Gemeente Lelystad", municipality="lelystad")
    zorg = OrganisationFactory(name="Zorg Lelystad", municipality="lelystad")
    almere = OrganisationFactory(name="Gemeente Almere", municipality="almere")
    return {
        "catalogue": catalogue,
        "modules": [catalogue.social, catalogue.school, no_lessons],
        "quizzes": quizzes,
        "organisations": [lelystad, zorg, almere, None],
        "teams": [audiences.social, audiences.school, None],
    }


def add_learners(world, rng, count):
    """Learners in every organisation and team (and none) who enrol, finish lessons and take quizzes at random;
    their enrolments started at different moments, some attempts left open, some taken without an enrolment."""
    learners = []
    organisations, teams = world["organisations"], world["teams"]
    lessons = LessonPage.objects.live()
    for n in range(count):
        cells = (organisations[n % len(organisations)], teams[n % len(teams)]) if n < 12 else None
        organisation, team = cells or (rng.choice(organisations), rng.choice(teams))
        learner = UserFactory(organisation=organisation, team=team)
        for module, quiz in zip(world["modules"], world["quizzes"], strict=True):
            roll = rng.random()
            if roll < 0.2:
                continue
            if roll < 0.3:
                enrol(learner, module)
            for lesson in lessons.child_of(module):
                if rng.random() < 0.7:
                    complete_lesson(learner, lesson)
            enrolment = Enrolment.objects.filter(user=learner, course=module).first()
            if enrolment and rng.random() < 0.8:  # started some days ago (a post_save)
                enrolment.started_at = timezone.now() - timedelta(days=rng.uniform(0, 40), seconds=rng.randint(0, 9))
                enrolment.save()
            for _attempt in range(rng.randint(0, 3)):
                attempt = start_attempt(learner, quiz)
                answer_randomly(rng, attempt, range(1, len(attempt.questions) + 1))
            if rng.random() < 0.3:
                start_attempt(learner, quiz)  # left open: never counts
            if rng.random() < 0.15:  # an attempt from before enrolments were recorded
                Enrolment.objects.filter(user=learner, course=module).delete()
        learners.append(learner)
    return learners


def assert_matches_raw(world):
    """For every combination of the report's filters, the figures equal the recomputation from the raw rows."""
    lelystad, _zorg, almere, _none = world["organisations"]
    combinations = itertools.product(
        [Scope(), Scope(organisation_id=lelystad.pk)],
        [None, *CoursePage.objects.filter(pk__in=[m.pk for m in world["modules"]])],
        [None, lelystad, almere],
        [None, "lelystad"],
        [None, world["teams"][0]],
    )
    for scope, course, organisation, municipality, team in combinations:
        filters = {"course": course, "organisation": organisation, "municipality": municipality, "team": team}
        assert figures(module_funnel(scope, **filters)) == figures(raw_module_funnel(scope, **filters)), filters


def stored_tables():
    progress = {
        (row[0], row[1]): tuple(row[2:])
        for row in ModuleProgress.objects.values_list("user_id", "course_id", *module_statistics.FIELDS)
    }
    cells = {}
    for table in module_statistics.TABLES:
        model = {"ModuleStatistics": ModuleStatistics, "LessonStatistics": LessonStatistics}[table.model]
        cells[table] = {
            tuple(row[: len(table.keys)]): list(row[len(table.keys) :])
            for row in model.objects.values_list(*table.keys, *table.sums)
        }
    return progress, cells


def assert_matches_rebuild():
    """What was kept up to date is exactly what a rebuild computes from the raw rows (no empty rows left)."""
    progress, cells = stored_tables()
    expected = module_statistics.states()
    assert progress == expected
    recomputed = module_statistics.cells_of(expected)
    assert cells == {table: recomputed[table] for table in module_statistics.TABLES}


def assert_all_match(world):
    assert_matches_rebuild()
    assert_matches_raw(world)


@pytest.fixture
def learners(world):
    return add_learners(world, random.Random(7), 14)


@pytest.fixture(scope="class")
def world_with_learners_for_the_class(django_db_setup, django_db_blocker, tmp_path_factory):
    """`world` and `learners` made once for a class (tests/conftest.py, `world_with_learners`)."""
    yield from world_with_learners(make_world, add_learners, django_db_blocker, tmp_path_factory)


@pytest.mark.django_db
class TestKeptEqualToTheRawRows:
    @pytest.mark.parametrize("seed", [1, 2])
    def test_every_filter_combination_equals_a_recomputation(self, world, seed):
        """Random learners in several organisations and teams: every figure under every filter matches."""
        add_learners(world, random.Random(seed), 14)
        assert Attempt.objects.filter(submitted_at__isnull=True).exists()
        assert ModuleProgress.objects.filter(pass_after__isnull=False).count() > 3
        assert ModuleProgress.objects.filter(enrolled=False, attempts__gt=0).exists()
        assert_all_match(world)


@pytest.mark.django_db
class TestKeptEqualToTheRawRowsAfterChanges(WorldAndLearnersSharedByTheClass):
    """The same 14 learners (seed 7) for each test, made once for the class."""

    def test_deleting_enrolments_completions_and_attempts(self, world, learners):
        """One of each deleted on its own, and in bulk: they leave the figures."""
        Enrolment.objects.filter(completed_at__isnull=False).first().delete()
        LessonCompletion.objects.first().delete()
        Attempt.objects.filter(submitted_at__isnull=False, passed=True).first().delete()
        Attempt.objects.filter(submitted_at__isnull=True).first().delete()
        Attempt.objects.filter(user=learners[1]).delete()
        LessonCompletion.objects.filter(user=learners[2]).delete()
        Enrolment.objects.filter(user=learners[3]).delete()
        assert_all_match(world)

    def test_learner_changing_organisation_and_team(self, world, learners):
        """A learner who moves takes their progress along to their new organisation and team."""
        lelystad, zorg, almere, _none = world["organisations"]
        for learner, (organisation, team) in zip(
            learners, [(almere, None), (None, world["teams"][1]), (zorg, world["teams"][0])], strict=False
        ):
            learner.organisation, learner.team = organisation, team
            learner.save()
        learners[3].organisation = lelystad
        learners[3].save(update_fields=["organisation"])
        assert_all_match(world)

    def test_account_deletion_and_user_deleted_in_the_admin(self, world, learners):
        """A deleted account's enrolments and lessons go; its anonymised attempts no longer count as a learner's."""
        with_attempts = [u for u in learners if u.quiz_attempts.filter(submitted_at__isnull=False).exists()]
        delete_account(with_attempts[0])
        with_attempts[1].delete()
        assert_all_match(world)

    def test_lessons_unpublished_published_added_and_deleted(self, world, learners):
        """ "All lessons done" follows the live lessons: unpublished, published again, a new one, one deleted."""
        catalogue = world["catalogue"]
        social = catalogue.social_lessons
        social[0].unpublish()
        assert_all_match(world)
        social[0].refresh_from_db()
        social[0].save_revision().publish()
        catalogue.school_lessons[0].unpublish()
        assert_all_match(world)
        LessonPageFactory(parent=catalogue.social, title="Sociaal les 4")
        social[1].delete()
        assert_all_match(world)

    def test_deleting_a_quiz_a_module_an_organisation_and_a_team(self, world, learners):
        """A deleted quiz or module takes its rows out; learners of a deleted organisation or team count without."""
        QuizPage.objects.get(pk=world["quizzes"][0].pk).delete()
        CoursePage.objects.get(pk=world["modules"][1].pk).delete()
        world["modules"] = [world["modules"][0], world["modules"][2]]
        world["organisations"][0].delete()
        world["teams"][1].delete()
        assert_matches_rebuild()
        scope_filters = itertools.product(
            [None, *world["modules"]], [None, world["organisations"][2]], [None, "lelystad"]
        )
        for course, organisation, municipality in scope_filters:
            filters = {"course": course, "organisation": organisation, "municipality": municipality}
            assert figures(module_funnel(Scope(), **filters)) == figures(raw_module_funnel(Scope(), **filters))

    def test_quiz_moved_to_another_module(self, world, learners):
        """A quiz moved under another module counts its attempts there."""
        empty = CoursePageFactory(parent=world["catalogue"].index, title="Nog zonder toets", slug="nog-zonder-toets")
        QuizPage.objects.get(pk=world["quizzes"][1].pk).move(empty, pos="last-child")
        world["modules"].append(empty)
        assert_all_match(world)

    def test_rebuild_command_repairs_the_figures(self, world, learners):
        """`rebuild_item_statistics` recomputes the module statistics after they were damaged."""
        ModuleProgress.objects.filter(pk__in=ModuleProgress.objects.values("pk")[:3]).delete()
        ModuleStatistics.objects.update(passed=0)
        LessonStatistics.objects.filter(lessons=1).delete()
        call_command("rebuild_item_statistics", stdout=io.StringIO())
        assert_all_match(world)


@pytest.mark.django_db
class TestQueryCount:
    def test_modules_report_queries_do_not_grow_with_the_learners(self, world):
        """Four learners or sixteen: the same number of queries for the modules report, with every filter."""
        rng = random.Random(3)
        counts = []
        for learners in (4, 12):
            add_learners(world, rng, learners)
            with CaptureQueriesContext(connection) as queries:
                module_funnel(Scope(), municipality="lelystad", team=world["teams"][0])
            counts.append(len(queries))
        assert counts[0] == counts[1] <= 5

    def test_a_lesson_completion_does_not_grow_with_the_learners(self, world):
        """Finishing a lesson costs the same queries with four learners or sixteen (the figures are refreshed for
        that learner and module alone)."""
        rng = random.Random(4)
        counts = []
        for learners in (4, 12):
            add_learners(world, rng, learners)
            learner = UserFactory(organisation=world["organisations"][0])
            complete_lesson(learner, world["catalogue"].social_lessons[0])  # enrols; warms the caches
            with CaptureQueriesContext(connection) as queries:
                complete_lesson(learner, world["catalogue"].social_lessons[1])
            counts.append(len(queries))
        assert counts[0] == counts[1]


@pytest.mark.django_db
def test_the_data_migration_fills_the_figures_from_the_raw_rows(world, learners):
    """The migration's backfill (with the migration's historical models) gives the figures kept up to date."""
    from django.db.migrations.executor import MigrationExecutor

    migration = importlib.import_module("reports.migrations.0005_module_statistics")
    state = MigrationExecutor(connection).loader.project_state(("reports", "0005_module_statistics"))
    for model in (ModuleProgress, ModuleStatistics, LessonStatistics):
        model.objects.all().delete()
    migration.fill(state.apps, None)
    assert_all_match(world)
