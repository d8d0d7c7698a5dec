"""Models of the quizzes app, one module per concern (questions, quiz)."""

from .questions import Choice, MultipleChoiceField, Question
from .quiz import Answer, AnswerPick, Attempt, GradedAnswer, QuizDraw, QuizPage, QuizQuestion

__all__ = [
    "Answer",
    "AnswerPick",
    "Attempt",
    "Choice",
    "GradedAnswer",
    "MultipleChoiceField",
    "Question",
    "QuizDraw",
    "QuizPage",
    "QuizQuestion",
]
