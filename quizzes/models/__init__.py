"""Models of the quizzes app, one module per concern (questions, quiz, team_session)."""

from .questions import Choice, MultipleChoiceField, Question
from .quiz import Answer, AnswerPick, Attempt, QuizDraw, QuizPage, QuizQuestion
from .team_session import Participant, SessionAnswer, TeamSession, default_capacity, new_join_code

__all__ = [
    "Answer",
    "AnswerPick",
    "Attempt",
    "Choice",
    "MultipleChoiceField",
    "Participant",
    "Question",
    "QuizDraw",
    "QuizPage",
    "QuizQuestion",
    "SessionAnswer",
    "TeamSession",
    "default_capacity",
    "new_join_code",
]
