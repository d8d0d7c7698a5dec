"""How a score is shown: `{{ attempt.score|score:attempt.pass_mark }}`, on every page that shows one."""

from decimal import ROUND_DOWN, Decimal

from django import template
from django.template.defaultfilters import floatformat

from home.numbers import percentage_text

register = template.Library()

ONE_DECIMAL = Decimal("0.1")


def shown_score(value, pass_mark=None):
    """The score as shown (Decimal), from a stored percentage (Decimal, two places, already rounded down).

    Rounded down to one decimal, never up, so a failed score never shows as the pass mark: 69.95 with a
    pass mark of 70 shows as 69.9, not 70.0 (floatformat rounds half up). When rounding down would take a
    passed score below a pass mark with two decimals (70.25 at 70.25), the stored value is shown. Source:
    quizzes.scoring, where passing is score >= pass mark on the exact fraction.
    """
    value = Decimal(str(value))
    shown = value.quantize(ONE_DECIMAL, rounding=ROUND_DOWN)
    if pass_mark is not None:
        mark = Decimal(str(pass_mark))
        if value >= mark > shown:
            shown = value
    return shown


@register.filter
def score(value, pass_mark=None):
    """A percentage as text in the active locale, without "%" ("69,9", "70", "70,25"); "" for None."""
    if value is None or value == "":
        return ""
    shown = shown_score(value, pass_mark)
    return floatformat(shown, "-1" if shown == shown.quantize(ONE_DECIMAL) else "-2")


@register.filter
def percentage(value):
    """A pass mark as text without needless decimals, without "%": `{{ page.pass_mark|percentage }}%` gives
    "70%" (not "70.00%") and "72,5%" (home.numbers.percentage_text)."""
    return percentage_text(value)
