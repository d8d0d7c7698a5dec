"""The quizzes' answers to the progress rules of `courses.services` (registered by `QuizzesConfig.ready`)."""

from courses.services import Assessment

from .models import Attempt, QuizPage


class QuizAssessment(Assessment):
    """A module's assessment is its live quiz page; it is passed by any passed attempt."""

    quiz_model = QuizPage

    def quiz_of(self, course):
        return QuizPage.objects.child_of(course).live().first()

    def passed_quiz_ids(self, user, quizzes):
        if not quizzes:
            return set()
        return set(Attempt.objects.filter(user=user, passed=True, quiz__in=quizzes).values_list("quiz_id", flat=True))
