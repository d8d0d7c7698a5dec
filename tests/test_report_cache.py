"""Cached item analysis: a new answer makes stale only the figures it changes (its own module, and all modules)."""

from unittest import mock

import pytest

from accounts.factories import UserFactory
from quizzes.factories import QuestionFactory, QuizPageFactory
from reports import item_analysis
from reports.access import Scope
from tests.test_reports import take_quiz


@pytest.fixture
def two_quizzes(catalogue):
    social = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Matrassen")])
    school = QuizPageFactory(parent=catalogue.school, slug="toets-school", questions=[QuestionFactory(title="Les")])
    take_quiz(UserFactory(), social, [True])
    take_quiz(UserFactory(), school, [False])
    return social, school


def computed(scope, course=None):
    """Whether `cached_analysis` had to compute the figures (True) or found them in the cache (False)."""
    with mock.patch.object(item_analysis, "analyse", wraps=item_analysis.analyse) as analyse:
        item_analysis.cached_analysis(scope, course=course)
    return analyse.called


@pytest.mark.django_db
class TestReportCache:
    def test_answer_in_one_module_keeps_the_other_modules_cached(self, catalogue, two_quizzes):
        """An answer in the school module recomputes the school and all-modules figures, not the social ones."""
        social_quiz, school_quiz = two_quizzes
        scope = Scope()
        for course in (catalogue.social, catalogue.school, None):
            assert computed(scope, course)
            assert not computed(scope, course)
        take_quiz(UserFactory(), school_quiz, [True])
        assert not computed(scope, catalogue.social)
        assert computed(scope, catalogue.school)
        assert computed(scope, None)

    def test_fresh_figures_include_the_new_answer(self, catalogue, two_quizzes):
        """After a new answer the module's item analysis counts it."""
        social_quiz, _ = two_quizzes
        scope = Scope()
        before = item_analysis.cached_analysis(scope, course=catalogue.social)
        take_quiz(UserFactory(), social_quiz, [False])
        after = item_analysis.cached_analysis(scope, course=catalogue.social)
        assert sum(i.answers for i in after.items) == sum(i.answers for i in before.items) + 1
