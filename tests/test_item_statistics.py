"""The item statistics kept up to date equal a recomputation from the raw answers, for every report filter,
after submissions, deletions and learners moving; and the item analysis's query count does not grow."""

import importlib
import io
import itertools
import random
import statistics
import threading
from collections import Counter

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from accounts.factories import OrganisationFactory, UserFactory
from accounts.privacy import delete_account
from quizzes.factories import PathQuestionFactory, QuestionFactory, QuizPageFactory
from quizzes.models import Answer, AnswerPick, Attempt, Question, QuizQuestion
from quizzes.services import answer_question, start_attempt
from quizzes.snapshots import QuestionSnapshot
from reports import item_statistics
from reports.access import Scope
from reports.item_analysis import analyse
from reports.models import AttemptStatistics, ItemStatistics, PickStatistics

from .conftest import WorldAndLearnersSharedByTheClass, world_with_learners

MULTIPLE = [("Overleggen", True), ("Opschrijven", True), ("Afwachten", False), ("Niets doen", False)]


def answer_randomly(rng, attempt, positions):
    """Answer the questions at `positions` of `attempt` with random choices (a path step by step)."""
    for position in positions:
        question = QuestionSnapshot(attempt.questions[position - 1])
        if question.is_path:
            while (
                step := question.current_step(Answer.objects.filter(attempt=attempt, position=position).first())
            ) is not None:
                answer_question(attempt, position, {"step": step["key"], "choice": rng.choice(step["choices"])["key"]})
        elif question.is_multiple:
            keys = [c["key"] for c in question.choices if rng.random() < 0.5] or [question.choices[0]["key"]]
            answer_question(attempt, position, {"choice": keys})
        else:
            answer_question(attempt, position, {"choice": rng.choice(question.choices)["key"]})


@pytest.fixture
def world(catalogue, audiences):
    """Two modules sharing one bank question; organisations in two municipalities; learners with and without
    organisation or team, each with submitted attempts and some with an attempt left open."""
    return make_world(catalogue, audiences)


def make_world(catalogue, audiences):
    shared = QuestionFactory(title="Matrassen in de gang", signals=["housing"])
    multiple = QuestionFactory(title="Loonstrook", kind=Question.Kind.MULTIPLE, choices=MULTIPLE, signals=["workplace"])
    path = PathQuestionFactory(title="Het gesprek", signals=["control", "housing"])
    school_only = QuestionFactory(title="Op het schoolplein", signals=["person"])
    social_quiz = QuizPageFactory(parent=catalogue.social, questions=[shared, multiple, path])
    school_quiz = QuizPageFactory(parent=catalogue.school, slug="toets-school", questions=[shared, school_only])
    lelystad = OrganisationFactory(name="Gemeente Lelystad", municipality="lelystad")
    zorg = OrganisationFactory(name="Zorg Lelystad", municipality="lelystad")
    almere = OrganisationFactory(name="Gemeente Almere", municipality="almere")
    return {
        "catalogue": catalogue,
        "quizzes": [social_quiz, school_quiz],
        "questions": [shared, multiple, path, school_only],
        "organisations": [lelystad, zorg, almere, None],
        "teams": [audiences.social, audiences.school, None],
    }


def add_learners(world, rng, count):
    learners = []
    organisations, teams = world["organisations"], world["teams"]
    for n in range(count):
        # Every organisation (and none) and every team (and none) once in the first twelve, then at random.
        cells = (organisations[n % len(organisations)], teams[n % len(teams)]) if n < 12 else None
        organisation, team = cells or (rng.choice(organisations), rng.choice(teams))
        learner = UserFactory(organisation=organisation, team=team)
        for quiz in world["quizzes"]:
            for _attempt in range(rng.randint(0, 2)):
                attempt = start_attempt(learner, quiz)
                answer_randomly(rng, attempt, range(1, len(attempt.questions) + 1))
            if rng.random() < 0.4:  # an attempt left open: its answers never count
                attempt = start_attempt(learner, quiz)
                answer_randomly(rng, attempt, range(1, rng.randint(1, len(attempt.questions))))
        learners.append(learner)
    return learners


def raw_analysis(scope, course=None, organisation=None, municipality=None, team=None):
    """The figures recomputed straight from the answers, learner by learner, in Python."""

    def counts(attempt):
        user = attempt.user
        org = user.organisation if user else None
        return (
            attempt.submitted_at is not None
            and (scope.organisation_id is None or (org is not None and org.pk == scope.organisation_id))
            and (organisation is None or org == organisation)
            and (not municipality or (org is not None and org.municipality == municipality))
            and (team is None or (user is not None and user.team_id == team.pk))
            and (course is None or attempt.course_id == course.pk)
        )

    attempts = [a for a in Attempt.objects.select_related("user__organisation") if counts(a)]
    answers = Answer.objects.filter(attempt__in=attempts, completed=True, score__isnull=False)
    answers = list(answers.select_related("attempt__user"))
    signals_of = dict(Question.objects.values_list("pk", "signals"))
    items, signals = {}, {}
    for answer in answers:
        item = items.setdefault(answer.question_id, {"x": [], "y": [], "picks": Counter(), "wrong": Counter()})
        item["x"].append(float(answer.score))
        item["y"].append(float(answer.attempt.score))
        user = answer.attempt.user
        for signal in signals_of.get(answer.question_id) or []:
            for team_key in (user.team_id if user else None, "all"):
                entry = signals.setdefault((signal, team_key), [0, 0.0])
                entry[0] += 1
                entry[1] += 1 - float(answer.score)
    for pick in AnswerPick.objects.filter(answer__in=answers).select_related("answer"):
        items[pick.answer.question_id]["picks"][pick.text] += 1
        if pick.correct is False:
            items[pick.answer.question_id]["wrong"][pick.text] += 1
    result = {}
    for question_id, item in items.items():
        x, y = item["x"], item["y"]
        try:
            discrimination = round(statistics.correlation(x, y), 2) if len(x) >= 2 else None
        except statistics.StatisticsError:  # x or y does not vary
            discrimination = None
        facility = round(sum(x) / len(x), 2)
        result[question_id] = (len(x), facility, discrimination, dict(item["picks"]), dict(item["wrong"]))
    signal_rows = {key: (n, round(100 * missed / n, 1)) for key, (n, missed) in signals.items()}
    return len(attempts), result, signal_rows


def rollup_analysis(scope, **filters):
    analysis = analyse(scope, **filters)
    items = {
        i.question_id: (i.answers, i.facility, i.discrimination, dict(i.picks), dict(i.wrong_picks))
        for i in analysis.items
    }
    signal_rows = {(row.signal, row.team): (row.answers, row.missed_percent) for row in analysis.signals}
    return analysis.attempts, items, signal_rows


def same_figures(expected, actual):
    """Equal, with the correlation and the share missed allowed one step of rounding apart (float sums)."""
    assert expected[0] == actual[0], "submitted attempts"
    assert expected[1].keys() == actual[1].keys(), "questions"
    for question_id, (n, facility, discrimination, picks, wrong) in expected[1].items():
        got = actual[1][question_id]
        assert (n, facility, picks, wrong) == (got[0], got[1], got[3], got[4]), question_id
        assert (discrimination is None) == (got[2] is None), question_id
        if discrimination is not None:
            assert abs(discrimination - got[2]) <= 0.0100001, question_id


def team_label(team_key, teams):
    if team_key == "all":
        return "alle teams"
    if team_key is None:
        return "(geen team)"
    return teams[team_key]


def assert_matches_raw(world):
    """For every combination of the report filters, the item analysis equals the recomputation."""
    catalogue = world["catalogue"]
    lelystad, _zorg, almere, _none = world["organisations"]
    social_team = world["teams"][0]
    teams = {t.pk: t.name for t in world["teams"] if t is not None}
    combinations = itertools.product(
        [Scope(), Scope(organisation_id=lelystad.pk)],
        [None, catalogue.social, catalogue.school],
        [None, lelystad, almere],
        [None, "lelystad"],
        [None, social_team],
    )
    for scope, course, organisation, municipality, team in combinations:
        filters = {"course": course, "organisation": organisation, "municipality": municipality, "team": team}
        expected = raw_analysis(scope, **filters)
        actual = rollup_analysis(scope, **filters)
        same_figures(expected, actual)
        expected_signals = {
            (signal, team_label(team_key, teams)): figures for (signal, team_key), figures in expected[2].items()
        }
        assert expected_signals.keys() == actual[2].keys()
        for key, (n, missed) in expected_signals.items():
            assert actual[2][key][0] == n
            assert abs(actual[2][key][1] - missed) <= 0.1000001


def stored_tables():
    def rows(model, table):
        return {
            tuple(row[: len(table.keys)]): list(row[len(table.keys) :])
            for row in model.objects.values_list(*table.keys, *table.sums)
        }

    return [
        rows(ItemStatistics, item_statistics.ITEMS),
        rows(PickStatistics, item_statistics.PICKS),
        rows(AttemptStatistics, item_statistics.ATTEMPTS),
    ]


def assert_matches_rebuild():
    """The sums kept up to date are exactly the sums recomputed from all answers (no empty cells left)."""
    recomputed = item_statistics.contributions(Attempt.objects.all())
    expected = [recomputed[table] for table in item_statistics.TABLES]
    assert stored_tables() == expected


@pytest.fixture
def learners(world):
    return add_learners(world, random.Random(7), 14)


@pytest.fixture(scope="class")
def world_with_learners_for_the_class(django_db_setup, django_db_blocker, tmp_path_factory):
    """`world` and `learners` made once for a class (tests/conftest.py, `world_with_learners`)."""
    yield from world_with_learners(make_world, add_learners, django_db_blocker, tmp_path_factory)


@pytest.mark.django_db
class TestKeptEqualToTheAnswers:
    @pytest.mark.parametrize("seed", [1, 2])
    def test_every_filter_combination_equals_a_recomputation(self, world, seed):
        """Random learners in several organisations and teams, submitted and open attempts: every filter matches."""
        add_learners(world, random.Random(seed), 12)
        assert Attempt.objects.filter(submitted_at__isnull=True).exists()
        assert Attempt.objects.filter(submitted_at__isnull=False, user__organisation__isnull=True).exists()
        assert_matches_rebuild()
        assert_matches_raw(world)


@pytest.mark.django_db
class TestKeptEqualToTheAnswersAfterChanges(WorldAndLearnersSharedByTheClass):
    """The same 14 learners (seed 7) for each test, made once for the class."""

    def test_deleting_an_attempt_subtracts_it(self, world, learners):
        """A deleted submitted attempt (and an open one) leaves the figures."""
        Attempt.objects.filter(submitted_at__isnull=False).first().delete()
        Attempt.objects.filter(submitted_at__isnull=True).first().delete()
        assert_matches_rebuild()
        assert_matches_raw(world)

    def test_deleting_attempts_in_bulk_and_one_answer(self, world, learners):
        """A queryset of attempts, and one answer on its own, leave the figures."""
        Attempt.objects.filter(user=learners[0]).delete()
        Answer.objects.filter(attempt__submitted_at__isnull=False).order_by("pk").first().delete()
        assert_matches_rebuild()
        assert_matches_raw(world)

    def test_deleting_a_module_deletes_its_attempts_from_the_figures(self, world, learners):
        """A module deleted with its quiz takes its attempts out of the figures."""
        world["catalogue"].school.delete()
        assert_matches_rebuild()

    def test_learner_changing_organisation_and_team(self, world, learners):
        """A learner who moves takes their answers along to their new organisation and team."""
        lelystad, zorg, almere, _none = world["organisations"]
        for learner, (organisation, team) in zip(
            learners, [(almere, None), (None, world["teams"][1]), (zorg, world["teams"][0])], strict=False
        ):
            learner.organisation, learner.team = organisation, team
            learner.save()
        learners[3].organisation = lelystad
        learners[3].save(update_fields=["organisation"])
        assert_matches_rebuild()
        assert_matches_raw(world)

    def test_account_deletion_keeps_the_answers_without_the_person(self, world, learners):
        """Deleting an account anonymises the attempts: they count for all organisations only, without a team."""
        with_attempts = [
            u for u in learners if u.organisation_id and u.quiz_attempts.filter(submitted_at__isnull=False).exists()
        ]
        delete_account(with_attempts[0])
        with_attempts[1].delete()  # a user deleted in the admin: the attempts are anonymised by SET_NULL
        assert Attempt.objects.filter(user__isnull=True, submitted_at__isnull=False).exists()
        assert_matches_rebuild()
        assert_matches_raw(world)

    def test_deleting_an_organisation_team_or_question(self, world, learners):
        """A deleted organisation, team or question: its answers count without it, as the answers then do."""
        lelystad, _zorg, _almere, _none = world["organisations"]
        lelystad.delete()
        world["teams"][1].delete()
        world["teams"] = [world["teams"][0], None]
        world["organisations"] = world["organisations"][1:]
        school_only = world["questions"][3]
        QuizQuestion.objects.filter(question=school_only).delete()
        school_only.delete()
        assert_matches_rebuild()
        assert_matches_raw_without(world, lelystad)

    def test_rebuild_command_repairs_the_sums(self, world, learners):
        """`rebuild_item_statistics` recomputes the sums after they were damaged."""
        ItemStatistics.objects.filter(pk__in=ItemStatistics.objects.values("pk")[:3]).delete()
        PickStatistics.objects.update(picks=0)
        call_command("rebuild_item_statistics", stdout=io.StringIO())
        assert_matches_rebuild()
        assert_matches_raw(world)


def assert_matches_raw_without(world, deleted_organisation):
    """`assert_matches_raw` with a scope and filters that no longer name the deleted organisation."""
    zorg, almere = world["organisations"][0], world["organisations"][1]
    for scope, organisation, municipality in itertools.product(
        [Scope(), Scope(organisation_id=zorg.pk), Scope(organisation_id=deleted_organisation.pk)],
        [None, zorg, almere],
        [None, "lelystad"],
    ):
        for course in (None, world["catalogue"].social):
            filters = {"course": course, "organisation": organisation, "municipality": municipality, "team": None}
            same_figures(raw_analysis(scope, **filters), rollup_analysis(scope, **filters))


@pytest.mark.django_db
class TestQueryCount:
    def test_item_analysis_queries_do_not_grow_with_the_answers(self, world):
        """Four learners or sixteen: the same number of queries for the item analysis, with every filter."""
        rng = random.Random(3)
        counts = []
        for learners in (4, 12):
            add_learners(world, rng, learners)
            with CaptureQueriesContext(connection) as queries:
                analyse(Scope(), course=world["catalogue"].social, municipality="lelystad", team=world["teams"][0])
            counts.append(len(queries))
        assert counts[0] == counts[1] <= 6


@pytest.mark.django_db
def test_the_data_migration_fills_the_sums_from_existing_answers(world, learners):
    """The migration's backfill (with the migration's historical models) gives the sums kept up to date."""
    from django.db.migrations.executor import MigrationExecutor

    migration = importlib.import_module("reports.migrations.0004_item_statistics")
    state = MigrationExecutor(connection).loader.project_state(("reports", "0004_item_statistics"))
    for model in (ItemStatistics, PickStatistics, AttemptStatistics):
        model.objects.all().delete()
    migration.fill(state.apps, None)
    assert_matches_rebuild()
    assert_matches_raw(world)


@pytest.mark.django_db(transaction=True)
class TestSubmittingAtOnce:
    def test_two_learners_submitting_into_a_new_cell_at_once_both_count(self, monkeypatch, catalogue, audiences):
        """Two learners of one organisation and team submit at the same moment: both attempts count, no error."""
        organisation = OrganisationFactory(name="Gemeente Lelystad", municipality="lelystad")
        quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Matrassen")])
        learners = [UserFactory(organisation=organisation, team=audiences.social) for _ in range(2)]
        attempts = [start_attempt(learner, quiz) for learner in learners]
        both_ready = threading.Barrier(2)
        real_contributions = item_statistics.contributions

        def slow_contributions(*args, **kwargs):
            # Widen the gap between reading the attempt and writing the sums, where a lost update would slip in.
            sums = real_contributions(*args, **kwargs)
            threading.Event().wait(0.2)
            return sums

        monkeypatch.setattr(item_statistics, "contributions", slow_contributions)
        errors = []

        def submit(attempt):
            try:
                both_ready.wait()
                answer_question(attempt, 1, {"choice": attempt.questions[0]["choices"][0]["key"]})
            except Exception as error:  # noqa: BLE001 - reported by the assert below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=submit, args=(attempt,)) for attempt in attempts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        assert Attempt.objects.filter(submitted_at__isnull=False).count() == 2
        assert list(ItemStatistics.objects.values_list("answers", flat=True)) == [2]
        assert list(AttemptStatistics.objects.values_list("attempts", flat=True)) == [2]
        assert_matches_rebuild()
