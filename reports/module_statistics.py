"""The module statistics: the modules report's figures, kept up to date in the transaction of the event that
changes them (see docs/reports.md, "Module statistics").

Two layers, both in `reports.models`:

- `ModuleProgress`, per learner and module: their state as the report counts it (enrolment, completion, live
  lessons done, submitted attempts, passed, the time from the start to the first pass);
- `ModuleStatistics` and `LessonStatistics`, per cell (module, organisation, team): those rows summed, which
  the report reads, written with the item statistics' upsert (`item_statistics.apply`).

Every event comes down to `refresh(pairs)`: recompute those (learner, module) pairs from the raw rows, compare
them with their stored `ModuleProgress` and add the difference to the cells. Refreshing is idempotent, so an
event seen twice, or a cascade that deletes rows in several steps, ends in the same figures as `rebuild`:

| event | refreshed |
| --- | --- |
| an enrolment saved or deleted, or closed with `update()` (`courses.signals.enrolment_closed`) | that pair |
| a lesson completion saved or deleted | that pair |
| an attempt submitted (`quizzes.signals.attempt_submitted`) or deleted | the learner and the quiz's module |
| a lesson published or unpublished | every learner who completed it |
| a quiz moved to another module | its learners, in both modules |
| a learner's organisation or team changes; a user deleted | all their modules |
| an organisation or team deleted | its learners |

A deletion is refreshed once per model after Django's collector deleted that model's rows (`origin` tells the
rows of one deletion apart), not row by row. A module's quiz is the quiz page under it in the page tree, as
the report has always counted it; a module has at most one (`QuizPage.max_count_per_parent`).
"""

from datetime import timedelta

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Count, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Length, Substr

from home.routing import MISSING, cache

from .item_statistics import Table, _add, apply

STEPLEN = 4  # wagtail.models.Page.steplen: a module's path is its quiz's path without the last step
CHUNK = 500  # learners per refresh query, well below SQLite's limit on query parameters

MODULES = Table(
    "ModuleStatistics",
    ("course_id", "organisation_id", "team_id"),
    ("learners", "enrolled", "completed", "started", "attempted", "attempts", "passed", "timed"),
    "learners",
)
LESSONS = Table("LessonStatistics", ("course_id", "organisation_id", "team_id", "lessons"), ("learners",), "learners")
TABLES = (MODULES, LESSONS)
# A learner's state in a module, in this order: what `ModuleProgress` stores besides its key.
FIELDS = ("organisation_id", "team_id", "enrolled", "completed", "lessons", "attempts", "passed", "pass_after")


def quiz_modules(apps=global_apps, cached=True):
    """{quiz page id: id of the module page it sits under}, from the page tree: one query, or none when kept in
    the shared cache with the module structures (a new generation at every page change, `courses.structure`)."""
    if cached and apps is global_apps:
        from courses.structure import PAGES

        key = "lk:reports:quiz-modules:1"
        modules, generation = cache.read(key, group=PAGES)
        if modules is MISSING:
            modules = quiz_modules(apps, cached=False)
            cache.write(key, generation, modules, 24 * 3600)
        return modules
    CoursePage, QuizPage = apps.get_model("courses", "CoursePage"), apps.get_model("quizzes", "QuizPage")
    parent = CoursePage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Value(STEPLEN))
    ).values("pk")[:1]
    rows = QuizPage.objects.annotate(module_id=Subquery(parent)).values_list("pk", "module_id")
    return {quiz: module for quiz, module in rows if module is not None}


def states(user_ids=None, course_ids=None, apps=global_apps, cached=True):
    """{(user id, module id): state tuple in `FIELDS` order}, recomputed from the raw rows, for these learners
    and modules (None: all). Only learners with an enrolment, a completed live lesson or a submitted attempt in
    the module have a state. Five queries whatever the number of learners: the report's own rules, as
    `reports.figures.module_funnel` used to apply them to the raw rows."""
    Enrolment = apps.get_model("courses", "Enrolment")
    LessonCompletion = apps.get_model("courses", "LessonCompletion")
    Attempt = apps.get_model("quizzes", "Attempt")

    def scoped(queryset, course_field="course_id"):
        if user_ids is not None:
            queryset = queryset.filter(user_id__in=user_ids)
        if course_ids is not None and course_field:
            queryset = queryset.filter(**{f"{course_field}__in": course_ids})
        return queryset

    raw = {}

    def state(row, course_id):
        # Every row brings its learner's organisation and team of now: the cell the state counts in.
        return raw.setdefault(
            (row["user_id"], course_id),
            {
                "cell": (row["user__organisation_id"] or 0, row["user__team_id"] or 0),
                "started_at": None,
                "completed": False,
                "lessons": 0,
                "attempts": 0,
                "first_pass": None,
            },
        )

    cell = ("user_id", "user__organisation_id", "user__team_id")
    for row in scoped(Enrolment.objects.all()).values(*cell, "course_id", "started_at", "completed_at"):
        entry = state(row, row["course_id"])
        entry["started_at"], entry["completed"] = row["started_at"], row["completed_at"] is not None
    lessons = (
        scoped(LessonCompletion.objects.filter(lesson__live=True))
        .values(*cell, "course_id")
        .annotate(n=Count("lesson_id", distinct=True))
        .order_by()
    )
    for row in lessons:
        state(row, row["course_id"])["lessons"] = row["n"]
    module_of = quiz_modules(apps, cached)
    if course_ids is not None:
        module_of = {quiz: module for quiz, module in module_of.items() if module in course_ids}
    attempts = (
        scoped(Attempt.objects.filter(submitted_at__isnull=False, user__isnull=False), course_field=None)
        .filter(quiz_id__in=list(module_of))
        .values(*cell, "quiz_id")
        .annotate(n=Count("pk"), first_pass=Min("submitted_at", filter=Q(passed=True)))
        .order_by()
    )
    for row in attempts:
        entry = state(row, module_of[row["quiz_id"]])
        entry["attempts"] += row["n"]
        if row["first_pass"] is not None:
            entry["first_pass"] = min(filter(None, [entry["first_pass"], row["first_pass"]]))

    return {pair: state for pair, entry in raw.items() if (state := _state(entry))}


def _state(entry):
    """The state tuple of one learner's raw figures in one module, or None when nothing counts."""
    enrolled = entry["started_at"] is not None
    if not (enrolled or entry["lessons"] or entry["attempts"]):
        return None
    pass_after = None
    if entry["first_pass"] is not None and enrolled:
        pass_after = max((entry["first_pass"] - entry["started_at"]) // timedelta(microseconds=1), 0)
    return (
        *entry["cell"],
        enrolled,
        entry["completed"],
        entry["lessons"],
        entry["attempts"],
        entry["first_pass"] is not None,
        pass_after,
    )


def _add_cells(deltas, course_id, state, sign):
    organisation_id, team_id, enrolled, completed, lessons, attempts, passed, pass_after = state
    _add(
        deltas,
        MODULES,
        (course_id, organisation_id, team_id),
        [1, enrolled, completed, enrolled or attempts > 0, attempts > 0, attempts, passed, pass_after is not None],
        sign,
    )
    if lessons:
        _add(deltas, LESSONS, (course_id, organisation_id, team_id, lessons), [1], sign)


def cells_of(progress):
    """The cell sums of {(user id, module id): state}, as {Table: {key: [sums]}}."""
    deltas = {MODULES: {}, LESSONS: {}}
    for (_user_id, course_id), state in progress.items():
        _add_cells(deltas, course_id, state, 1)
    return deltas


def refresh(pairs, apps=global_apps, cached=True):
    """Bring the (user id, module id) `pairs` up to date with the raw rows, in the current transaction.
    `cached=False` reads the quizzes' modules from the tree, not the cache (when a page change is under way)."""
    pairs = sorted({(user_id, course_id) for user_id, course_id in pairs if user_id and course_id})
    if not pairs:
        return
    with transaction.atomic(savepoint=False):
        for start in range(0, len(pairs), CHUNK):
            _refresh(pairs[start : start + CHUNK], apps, cached)


def _refresh(pairs, apps, cached):
    Progress = apps.get_model("reports", "ModuleProgress")
    user_ids = sorted({user_id for user_id, _course_id in pairs})
    course_ids = sorted({course_id for _user_id, course_id in pairs})
    _lock(user_ids, len(pairs), apps)
    stored_rows = Progress.objects.filter(user_id__in=user_ids, course_id__in=course_ids)
    if connection.vendor == "postgresql":
        stored_rows = stored_rows.select_for_update()  # waits for a rebuild (its EXCLUSIVE lock) to commit
    stored = {
        (row[0], row[1]): (row[2], row[3:]) for row in stored_rows.values_list("user_id", "course_id", "pk", *FIELDS)
    }
    fresh = states(user_ids, course_ids, apps, cached)
    deltas, write, gone = {}, [], []
    for pair in pairs:
        pk, old = stored.get(pair, (None, None))
        new = fresh.get(pair)
        if old == new:
            continue
        if old is not None:
            _add_cells(deltas, pair[1], old, -1)
        if new is not None:
            _add_cells(deltas, pair[1], new, 1)
            write.append([*pair, *new])
        else:
            gone.append(pk)
    if write:
        _upsert_progress(Progress, write)
    if gone:
        Progress.objects.filter(pk__in=gone).delete()
    apply(deltas, apps=apps)


def _lock(user_ids, pairs, apps):
    """On PostgreSQL, one learner's refreshes wait for each other (an advisory lock per learner, in id order),
    so two requests of one learner never both start from the same stored state. A large refresh locks the
    table instead. SQLite needs nothing: its transactions take the write lock at the start (IMMEDIATE)."""
    if connection.vendor != "postgresql":
        return
    if pairs > 100:
        table = connection.ops.quote_name(apps.get_model("reports", "ModuleProgress")._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(["pg_advisory_xact_lock(4242, %s)"] * len(user_ids)),
            [user_id % 2_147_483_647 for user_id in user_ids],
        )


def _upsert_progress(model, rows):
    quote = connection.ops.quote_name
    name = quote(model._meta.db_table)
    columns = [quote(model._meta.get_field(field).column) for field in ("user_id", "course_id", *FIELDS)]
    updates = ", ".join(f"{column} = excluded.{column}" for column in columns[2:])
    sql = (
        f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
        f"ON CONFLICT ({columns[0]}, {columns[1]}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def refresh_learners(user_ids, apps=global_apps):
    """Refresh every module of these learners (after they moved, or were deleted)."""
    Progress = apps.get_model("reports", "ModuleProgress")
    user_ids = sorted(set(user_ids))
    pairs = []
    for start in range(0, len(user_ids), CHUNK):
        pairs += Progress.objects.filter(user_id__in=user_ids[start : start + CHUNK]).values_list(
            "user_id", "course_id"
        )
    refresh(pairs, apps)


def rebuild(apps=global_apps):
    """Recompute every table from the raw rows; returns {model name: rows}. Five grouped queries and bulk
    inserts in one transaction: the data migration (with its `apps`) and `manage.py rebuild_item_statistics`."""
    Progress = apps.get_model("reports", "ModuleProgress")
    models = [Progress, *(apps.get_model("reports", table.model) for table in TABLES)]
    with transaction.atomic():
        if connection.vendor == "postgresql":  # refreshes wait until the rebuild commits (see `_refresh`)
            tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")
        progress = states(apps=apps)
        cells = cells_of(progress)
        for model in models:
            model.objects.all().delete()
        Progress.objects.bulk_create(
            [
                Progress(user_id=user_id, course_id=course_id, **dict(zip(FIELDS, state, strict=True)))
                for (user_id, course_id), state in sorted(progress.items())
            ],
            batch_size=1000,
        )
        written = {"ModuleProgress": len(progress)}
        for table in TABLES:
            model = apps.get_model("reports", table.model)
            model.objects.bulk_create(
                [
                    model(**dict(zip(table.keys, key, strict=True)), **dict(zip(table.sums, values, strict=True)))
                    for key, values in sorted(cells[table].items())
                ],
                batch_size=1000,
            )
            written[table.model] = len(cells[table])
    return written


# Receivers, connected in ReportsConfig.keep_module_statistics().

_deleting = {}  # (id of the deletion's origin, model) -> what its rows touch, until the model's rows are gone


def on_row_deleting(sender, instance, origin=None, **kwargs):
    """pre_delete of an enrolment or lesson completion: note its pair for after the deletion."""
    _deleting.setdefault((id(origin), sender), set()).add((instance.user_id, instance.course_id))


def on_attempt_deleting(sender, instance, origin=None, **kwargs):
    """pre_delete of a submitted attempt: note its pair while its quiz is still in the tree."""
    if instance.submitted_at is None or instance.user_id is None:
        return
    pending = _deleting.setdefault((id(origin), sender), {"modules": quiz_modules(cached=False), "pairs": set()})
    module = pending["modules"].get(instance.quiz_id)
    if module:
        pending["pairs"].add((instance.user_id, module))


def on_user_deleting(sender, instance, origin=None, **kwargs):
    _deleting.setdefault((id(origin), sender), set()).add(instance.pk)


def on_rows_deleted(sender, instance, origin=None, **kwargs):
    """post_delete: the collector has deleted all this model's rows of the deletion; refresh once."""
    pending = _deleting.pop((id(origin), sender), None)
    if pending is None:
        return
    if sender is get_user_model():
        refresh_learners(pending)
    else:
        refresh(pending["pairs"] if isinstance(pending, dict) else pending, cached=False)


def on_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """post_save of an enrolment or lesson completion."""
    refresh([(instance.user_id, instance.course_id)])


def on_enrolment_closed(sender, user, course, **kwargs):
    refresh([(user.pk, course.pk)])


def on_attempt_submitted(attempt, **kwargs):
    module = quiz_modules().get(attempt.quiz_id)
    if module and attempt.user_id:
        refresh([(attempt.user_id, module)])


def on_lesson_live_changed(instance, **kwargs):
    """page_published / page_unpublished of a lesson: its completions count or no longer count."""
    LessonCompletion = global_apps.get_model("courses", "LessonCompletion")
    refresh(LessonCompletion.objects.filter(lesson_id=instance.pk).values_list("user_id", "course_id"))


def on_page_moved(instance, parent_page_before, parent_page_after, **kwargs):
    """post_page_move: a quiz under another module takes its attempts there."""
    QuizPage = global_apps.get_model("quizzes", "QuizPage")
    Attempt = global_apps.get_model("quizzes", "Attempt")
    if parent_page_before.pk == parent_page_after.pk or instance.specific_class is not QuizPage:
        return
    users = set(Attempt.objects.filter(quiz_id=instance.pk, user__isnull=False).values_list("user_id", flat=True))
    pairs = [(user, module.pk) for user in users for module in (parent_page_before, parent_page_after)]
    refresh(pairs, cached=False)


def cell_refresher(field):
    """post_delete of an organisation or team: its learners (now without one) move to cell 0."""

    def receiver(instance, **kwargs):
        Progress = global_apps.get_model("reports", "ModuleProgress")
        refresh(Progress.objects.filter(**{field: instance.pk}).values_list("user_id", "course_id"))

    return receiver
