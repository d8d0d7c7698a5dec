"""The quizzes' answers to the progress rules of `courses.services` (registered by `QuizzesConfig.ready`)."""

from courses.services import Assessment

from .models import Attempt, QuizPage


class QuizAssessment(Assessment):
    """A module's assessment is its live quiz page; the learner's attempts at it say whether it is passed."""

    quiz_model = QuizPage

    def quiz_of(self, course):
        return QuizPage.objects.child_of(course).live().first()

    def attempts_of(self, user, quizzes):
        if not quizzes:
            return []
        return Attempt.objects.filter(user=user, quiz__in=quizzes).only(
            "pk", "uuid", "quiz_id", "submitted_at", "passed"
        )
