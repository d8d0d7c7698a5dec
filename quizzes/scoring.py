"""Grading rules. Scores are exact fractions; only the stored and shown values are rounded.

- Single choice: 1 for the right choice, else 0.
- Multiple choice: every choice is judged; a right choice ticked and a wrong choice left open both count.
  The score is the share of choices judged correctly (see docs/quiz-scoring.md).
- Decision path: the score of the end the learner reached, divided by 100.
- An attempt's score is the mean of its question scores, as a percentage. It passes when that is at
  least the pass mark: 69.9 fails at 70, 70 passes.
"""

from decimal import ROUND_DOWN, Decimal
from fractions import Fraction


def score_choices(question, chosen_keys):
    """The score of a single- or multiple-choice answer (a QuestionSnapshot and the chosen keys), 0 to 1."""
    chosen = set(chosen_keys)
    choices = question.choices
    if not question.is_multiple:
        right = {c["key"] for c in choices if c["correct"]}
        return Fraction(1) if chosen == right else Fraction(0)
    judged_well = sum(1 for c in choices if (c["key"] in chosen) == c["correct"])
    return Fraction(judged_well, len(choices)) if choices else Fraction(0)


def score_path_end(choice):
    """The score of the end a decision path reached (its `end_score` in points of 100), 0 to 1."""
    return Fraction(choice["end_score"], 100)


def attempt_percentage(question_scores):
    if not question_scores:
        return Fraction(0)
    return sum(question_scores, Fraction(0)) / len(question_scores) * 100


def has_passed(percentage, pass_mark):
    return percentage >= Fraction(str(pass_mark))


def as_decimal(value, places="0.01"):
    """Rounded down, so a failing score is never shown as the pass mark (69.999 shows as 69.99)."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(places), rounding=ROUND_DOWN)
