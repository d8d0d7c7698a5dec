"""A module, lesson or quiz that learners have used is taken offline, not deleted.

Deleting a page deletes, through the database's cascades, every enrolment, lesson completion and quiz attempt
that points at it (courses.models, quizzes.models): the learners' progress and their answers, which the
reports count. Wagtail's delete confirmation only counts content references ("0 verwijzingen"), so it said
nothing about them. `learner_records_below(page)` counts what a deletion would take with it;
`quizzes/wagtail_hooks.py` refuses such a deletion, single or in bulk, and offers to unpublish instead
(certificates keep their holder, module title and code either way).
"""

from dataclasses import dataclass

from wagtail.models import Page

from courses.models import Enrolment, LessonCompletion

from .models import Attempt


@dataclass(frozen=True)
class LearnerRecords:
    """What deleting a page (and the pages below it) would erase: counts, each >= 0."""

    learners: int
    completions: int
    attempts: int

    def __bool__(self):
        return bool(self.learners or self.completions or self.attempts)


def learner_records_below(pages):
    """Learner records on `pages` (a page or a list of pages) and every page below them.

    `learners` counts distinct users with an enrolment in a module, a completed lesson or a quiz attempt there
    (attempts of deleted accounts count as attempts, not as learners). Three queries, however big the subtree.
    """
    pages = pages if isinstance(pages, list | tuple) else [pages]
    subtree = Page.objects.none()
    for page in pages:
        subtree |= Page.objects.descendant_of(page, inclusive=True)
    ids = subtree.values("id")
    enrolled = list(Enrolment.objects.filter(course_id__in=ids).values_list("user_id", flat=True))
    completed = list(LessonCompletion.objects.filter(lesson_id__in=ids).values_list("user_id", flat=True))
    attempted = list(Attempt.objects.filter(quiz_id__in=ids).values_list("user_id", flat=True))
    learners = {user_id for user_id in [*enrolled, *completed, *attempted] if user_id is not None}
    return LearnerRecords(learners=len(learners), completions=len(completed), attempts=len(attempted))
