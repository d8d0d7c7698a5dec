"""The item statistics, kept up to date in the transaction of the event that changes them.

The item analysis (`reports.item_analysis`) reads running sums per cell (question, module, organisation, team)
from `ItemStatistics`, `PickStatistics` and `AttemptStatistics` instead of every answer. Only the answers of
submitted attempts count, and a submitted attempt's answers do not change, so the sums change only when:

| event | what happens to the sums |
| --- | --- |
| an attempt is submitted (`quizzes.signals.attempt_submitted`) | its graded answers, picks and itself are added |
| an attempt is deleted (also with its quiz or module) | its contribution is subtracted, before its rows go |
| one answer is deleted on its own | its contribution is subtracted |
| a learner's organisation or team changes | their contribution moves to their new cells |
| a user is deleted, or their account (attempts anonymised) | their contribution moves to organisation 0, team 0 |
| a question, module, organisation or team is deleted | its cells move to key 0, as the answers' keys become empty |

A learner's answers count under their organisation and team of now, as the rest of the reports count
learners (`reports.access.learner_q`). Each change is an upsert that adds (or subtracts) integers with
`INSERT … ON CONFLICT … DO UPDATE`, on SQLite and PostgreSQL alike, so two learners submitting at once both
count, and keys are written in sorted order so two transactions never wait for each other in a circle.
`rebuild` recomputes everything from the answers (the data migration and `manage.py rebuild_item_statistics`).
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import BigIntegerField, Count, ExpressionWrapper, F, Q, QuerySet, Sum, Value
from django.db.models.functions import Cast, Coalesce, Round

from .item_analysis import answers_changed
from .models import ATTEMPT_SCORE_UNITS, SCORE_UNITS


@dataclass(frozen=True)
class Table:
    """One table of sums: its model name, key fields, summed fields and the field that is 0 for an empty cell."""

    model: str
    keys: tuple
    sums: tuple
    count: str


ITEMS = Table(
    "ItemStatistics",
    ("question_id", "course_id", "organisation_id", "team_id"),
    ("answers", "score_sum", "score_squares", "attempt_score_sum", "attempt_score_squares", "product_sum"),
    "answers",
)
PICKS = Table(
    "PickStatistics",
    ("question_id", "course_id", "organisation_id", "team_id", "text"),
    ("picks", "wrong_picks"),
    "picks",
)
ATTEMPTS = Table("AttemptStatistics", ("course_id", "organisation_id", "team_id"), ("attempts",), "attempts")
TABLES = (ITEMS, PICKS, ATTEMPTS)


def _key(path):
    """A key column: the id at `path`, or 0 where there is none."""
    return Coalesce(F(path), Value(0), output_field=BigIntegerField())


def _units(path, units):
    """The decimal at `path` as a whole number of 1/`units`, rounded in the database (exact integers from here)."""
    return Cast(Round(ExpressionWrapper(F(path) * Value(units), output_field=BigIntegerField())), BigIntegerField())


def _product(left, right):
    return ExpressionWrapper(F(left) * F(right), output_field=BigIntegerField())


def contributions(attempts, answers=None, apps=global_apps):
    """The sums that the submitted attempts in `attempts` (a queryset) add, as {Table: {key: [sums]}}.

    With `answers` (a queryset of their answers), only those answers and their picks, and no attempt count.
    Three grouped queries (two with `answers`), whatever the number of attempts: the data migration and
    `rebuild` use it for all attempts, a submission for one.
    """
    Answer, AnswerPick = apps.get_model("quizzes", "Answer"), apps.get_model("quizzes", "AnswerPick")
    attempts = attempts.filter(submitted_at__isnull=False)
    count_attempts = answers is None
    if answers is None:
        answers = Answer.objects.filter(attempt__in=attempts.values("pk"))
    answers = answers.filter(attempt__submitted_at__isnull=False, completed=True, score__isnull=False)
    result = {}

    item_rows = (
        answers.alias(x=_units("score", SCORE_UNITS), y=_units("attempt__score", ATTEMPT_SCORE_UNITS))
        .values(
            question_key=_key("question_id"),
            course_key=_key("attempt__course_id"),
            organisation_key=_key("attempt__user__organisation_id"),
            team_key=_key("attempt__user__team_id"),
        )
        .annotate(
            n=Count("pk"),
            sx=Sum("x"),
            sxx=Sum(_product("x", "x")),
            sy=Sum("y"),
            syy=Sum(_product("y", "y")),
            sxy=Sum(_product("x", "y")),
        )
        .order_by()
    )
    result[ITEMS] = {
        (r["question_key"], r["course_key"], r["organisation_key"], r["team_key"]): [
            r["n"],
            *(int(r[name] or 0) for name in ("sx", "sxx", "sy", "syy", "sxy")),
        ]
        for r in item_rows
    }

    pick_rows = (
        AnswerPick.objects.filter(answer__in=answers.values("pk"))
        .values(
            "text",
            question_key=_key("answer__question_id"),
            course_key=_key("answer__attempt__course_id"),
            organisation_key=_key("answer__attempt__user__organisation_id"),
            team_key=_key("answer__attempt__user__team_id"),
        )
        .annotate(n=Count("pk"), wrong=Count("pk", filter=Q(correct=False)))
        .order_by()
    )
    result[PICKS] = {
        (r["question_key"], r["course_key"], r["organisation_key"], r["team_key"], r["text"]): [r["n"], r["wrong"]]
        for r in pick_rows
    }

    if count_attempts:
        attempt_rows = (
            attempts.values(
                course_key=_key("course_id"),
                organisation_key=_key("user__organisation_id"),
                team_key=_key("user__team_id"),
            )
            .annotate(n=Count("pk"))
            .order_by()
        )
        result[ATTEMPTS] = {(r["course_key"], r["organisation_key"], r["team_key"]): [r["n"]] for r in attempt_rows}
    return result


def _add(deltas, table, key, values, sign=1):
    cell = deltas.setdefault(table, {}).setdefault(key, [0] * len(table.sums))
    for position, value in enumerate(values):
        cell[position] += sign * value


def _negated(sums):
    deltas = {}
    for table, rows in sums.items():
        for key, values in rows.items():
            _add(deltas, table, key, values, sign=-1)
    return deltas


def apply(deltas, apps=global_apps):
    """Add `deltas` ({Table: {key: [sums]}}, negative to subtract) to the tables, in the current transaction.

    Serves the item statistics and the module statistics (`reports.module_statistics`) alike. One upsert per
    table (keys in sorted order); cells that end up empty are deleted. Marks the cached item
    analysis of the modules concerned as out of date, now and again when the transaction commits (a report
    computed meanwhile from the old sums must not stay cached under the new token).
    """
    changed_courses = set()
    # The item tables first, then any other (the module statistics): always one order, so no circular waits.
    tables = [*TABLES, *sorted((table for table in deltas if table not in TABLES), key=lambda table: table.model)]
    with transaction.atomic(savepoint=False):  # inside the event's transaction: no savepoint of its own
        for table in tables:
            rows = sorted((key, values) for key, values in deltas.get(table, {}).items() if any(values))
            if not rows:
                continue
            model = apps.get_model("reports", table.model)
            _upsert(model, table, rows)
            if any(value < 0 for _key, values in rows for value in values):
                _delete_empty(model, table)
            if table in TABLES:  # only the item analysis is cached on these sums
                changed_courses |= {dict(zip(table.keys, key, strict=True))["course_id"] for key, _values in rows}
    if changed_courses:
        _mark_changed(changed_courses)


def _mark_changed(course_ids):
    def mark():
        for course_id in course_ids:
            answers_changed(course_id or None)

    mark()
    transaction.on_commit(mark)


def _delete_empty(model, table):
    """Delete the cells left empty: one statement (the ORM's delete() would read them first)."""
    quote = connection.ops.quote_name
    column = quote(model._meta.get_field(table.count).column)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {quote(model._meta.db_table)} WHERE {column} = 0")


def _upsert(model, table, rows):
    """INSERT … ON CONFLICT (key) DO UPDATE SET sum = sum + excluded.sum: the same SQL on SQLite and PostgreSQL."""
    quote = connection.ops.quote_name
    name = quote(model._meta.db_table)
    keys = [quote(model._meta.get_field(field).column) for field in table.keys]
    sums = [quote(model._meta.get_field(field).column) for field in table.sums]
    updates = ", ".join(f"{column} = {name}.{column} + excluded.{column}" for column in sums)
    sql = (
        f"INSERT INTO {name} ({', '.join(keys + sums)}) VALUES ({', '.join(['%s'] * (len(keys) + len(sums)))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, [[*key, *values] for key, values in rows])


def add_attempts(attempts):
    """Add the submitted attempts in the queryset `attempts` (answers, picks and the attempts themselves)."""
    apply(contributions(attempts))


def remove_attempts(attempts):
    """Subtract the submitted attempts in the queryset `attempts`, before they are deleted."""
    apply(_negated(contributions(attempts)))


def move_learner(user_id, old, new):
    """Move the contribution of learner `user_id` from (organisation id, team id) `old` to `new` (0 for none)."""
    old, new = tuple(value or 0 for value in old), tuple(value or 0 for value in new)
    if old == new:
        return
    Attempt = global_apps.get_model("quizzes", "Attempt")
    deltas = {}
    for table, rows in contributions(Attempt.objects.filter(user_id=user_id)).items():
        for key, values in rows.items():
            fields = dict(zip(table.keys, key, strict=True))
            for (organisation_id, team_id), sign in ((old, -1), (new, 1)):
                moved = {**fields, "organisation_id": organisation_id or 0, "team_id": team_id or 0}
                _add(deltas, table, tuple(moved[name] for name in table.keys), values, sign)
    apply(deltas)


def move_cells(field, old_id):
    """Move every cell whose `field` ("question_id", "course_id", "organisation_id", "team_id") is `old_id`
    to key 0: what the answers' keys become when that question, module, organisation or team is deleted."""
    deltas = {}
    for table in TABLES:
        if field not in table.keys:
            continue
        model = global_apps.get_model("reports", table.model)
        for row in model.objects.filter(**{field: old_id}).values_list(*table.keys, *table.sums):
            key, values = row[: len(table.keys)], row[len(table.keys) :]
            moved = tuple(0 if name == field else value for name, value in zip(table.keys, key, strict=True))
            _add(deltas, table, tuple(key), values, sign=-1)
            _add(deltas, table, moved, values)
    apply(deltas)


def rebuild(apps=global_apps):
    """Recompute every table from the answers of all submitted attempts; returns {model name: rows}.

    Three grouped queries and a bulk insert, in one transaction: used by the data migration (with the
    migration's `apps`) and by `manage.py rebuild_item_statistics` to repair the sums. Safe while learners
    answer: a submission at the same time is counted once, by the rebuild or after it.
    """
    Attempt = apps.get_model("quizzes", "Attempt")
    written = {}
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # A submission waits until the rebuild commits (or the rebuild for it), so it is counted exactly once.
            # SQLite needs nothing: its transactions take the write lock at the start (transaction_mode IMMEDIATE).
            names = [apps.get_model("reports", table.model)._meta.db_table for table in TABLES]
            tables = ", ".join(connection.ops.quote_name(name) for name in names)
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")
        sums = contributions(Attempt.objects.all(), apps=apps)
        for table in TABLES:
            model = apps.get_model("reports", table.model)
            model.objects.all().delete()
            model.objects.bulk_create(
                [
                    model(**dict(zip(table.keys, key, strict=True)), **dict(zip(table.sums, values, strict=True)))
                    for key, values in sorted(sums[table].items())
                ],
                batch_size=1000,
            )
            written[table.model] = len(sums[table])
        if apps is global_apps:
            _mark_changed({key[1] for key in sums[ITEMS]} | {0})
    return written


# Receivers, connected in ReportsConfig.ready().


def on_attempt_submitted(attempt, **kwargs):
    """An attempt was submitted: add its answers (inside the transaction that submits it)."""
    add_attempts(type(attempt).objects.filter(pk=attempt.pk))


def on_attempt_deleting(instance, **kwargs):
    """pre_delete of an attempt: subtract it while its answers and picks are still there."""
    if instance.submitted_at is not None:
        remove_attempts(type(instance).objects.filter(pk=instance.pk))


def on_answer_deleting(instance, origin=None, **kwargs):
    """pre_delete of an answer deleted on its own: subtract it (an attempt's deletion takes care of its answers)."""
    Answer = type(instance)
    alone = isinstance(origin, Answer) or (isinstance(origin, QuerySet) and origin.model is Answer)
    if alone:
        Attempt = global_apps.get_model("quizzes", "Attempt")
        answers = Answer.objects.filter(pk=instance.pk)
        apply(_negated(contributions(Attempt.objects.filter(pk=instance.attempt_id), answers=answers)))


def remember_learner_cell(instance, update_fields=None, **kwargs):
    """pre_save of a user: note their organisation and team as stored, to see in post_save whether they moved."""
    if instance.pk is None or (update_fields is not None and not {"organisation", "team"} & set(update_fields)):
        return
    stored = type(instance).objects.filter(pk=instance.pk).values_list("organisation_id", "team_id").first()
    instance._item_statistics_cell = stored


def move_learner_if_moved(instance, **kwargs):
    """post_save of a user: a new organisation or team takes their answers, and their module progress, along."""
    stored = instance.__dict__.pop("_item_statistics_cell", None)
    if stored is not None and tuple(stored) != (instance.organisation_id, instance.team_id):
        from .module_statistics import refresh_learners  # it imports this module

        move_learner(instance.pk, stored, (instance.organisation_id, instance.team_id))
        refresh_learners([instance.pk])


def forget_learner(user, *args, **kwargs):
    """A user (or their account) is deleted: their attempts stay, anonymised, so their answers count without
    organisation or team, as the raw answers then do. Also the account deletion's part, before the attempts
    are anonymised (`accounts.privacy`)."""
    # `user` may be the request's lazy user: ask the user model, not type(user).
    stored = get_user_model().objects.filter(pk=user.pk).values_list("organisation_id", "team_id").first()
    if stored is not None:
        move_learner(user.pk, stored, (0, 0))


def on_user_deleting(instance, **kwargs):
    forget_learner(instance)


def cells_mover(field):
    """A post_delete receiver moving the cells of the deleted question, module, organisation or team to 0."""

    def receiver(instance, **kwargs):
        move_cells(field, instance.pk)

    return receiver
