"""Numbers as a Dutch reader expects them: a pass mark stored as 70.00 shows as "70", 72.50 as "72,5"."""

from decimal import Decimal

from django.template.defaultfilters import floatformat

ONE_DECIMAL = Decimal("0.1")


def percentage_text(value):
    """A stored percentage (a pass mark, two decimal places) without "%" and without needless decimals: "70"
    for 70.00, "72,5" for 72.50, "72,25" for 72.25, with the decimal sign of the active language; "" for None."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    return floatformat(number, "-1" if number == number.quantize(ONE_DECIMAL) else "-2")
