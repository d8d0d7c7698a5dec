"""The quizzes app's part of a person's data: attempts with their answers. Deleting an account keeps the
attempts for the statistics, without the person."""

from accounts.privacy import when

from .models import Attempt
from .snapshots import QuestionSnapshot


def export_attempts(user):
    attempts = Attempt.objects.filter(user=user).select_related("quiz").prefetch_related("answers")
    return [
        {
            "quiz": attempt.quiz.title,
            "number": attempt.number,
            "started_at": when(attempt.started_at),
            "submitted_at": when(attempt.submitted_at),
            "score_percent": float(attempt.score) if attempt.score is not None else None,
            "passed": attempt.passed,
            "answers": [_export_answer(attempt, answer) for answer in attempt.answers.all()],
        }
        for attempt in attempts
    ]


def _export_answer(attempt, answer):
    question = QuestionSnapshot(attempt.questions[answer.position - 1])
    return {
        "question": question.prompt or question.title,
        "chosen": question.texts_of(answer.chosen),
        "score": float(answer.score) if answer.score is not None else None,
    }


def anonymise_attempts(user, now, reason):
    Attempt.objects.filter(user=user).update(user=None)
