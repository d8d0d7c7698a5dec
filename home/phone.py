"""Phone numbers as people write them ("0320 - 123 456", "+31 (0)6 1234 5678", "14 0320"): checked when an
editor saves one, and turned into a `tel:` link a phone can dial.

Only digits, spaces, a leading +, hyphens and parentheses are accepted, and the digits must make a number
that exists in the Dutch numbering plan (Nummerplan telefoon- en ISDN-diensten, Rijksoverheid/ACM), so a
number with a digit missing ("06-1234") is caught before every referral route shows it:

- a number starting with 0: 10 digits ("0320 123 456", "06 1234 5678", "088-2220500"); an information
  number (0800, 0900, 0906, 0909) 8 or 11 digits ("0800-2000", "0900-8844");
- a municipality's 14-number: 14 and the area code, 5 or 6 digits ("14 036", "14 0320");
- a short number: 3 digits starting with 1 ("112", "113", "144"), or a European 116 line ("116 000");
- +31 (or 0031) and 9 digits, a "(0)" left out ("+31 (0)6 1234 5678"); another country's +number 8 to 15
  digits (ITU-T E.164).

A phone dials the `tel:` link, so it holds only the digits and a leading + (RFC 3966); a "(0)" after a
country code is not dialled.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

PHONE_NUMBER = re.compile(r"\+?[0-9 ()\-]+")
MAX_DIGITS = 15  # ITU-T E.164
INFORMATION_PREFIXES = ("0800", "0900", "0906", "0909")


def _digits(value):
    """The digits of a written number, a "(0)" after a country code left out; "00" at the start becomes "+"."""
    value = (value or "").strip()
    if value.startswith("+"):
        value = value.replace("(0)", "")
    digits = re.sub(r"\D", "", value)
    if value.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return digits


def _exists(number):
    """True when `number` (from `_digits`) has a length the numbering plan gives numbers that start like it."""
    if number.startswith("+31"):
        return len(number) == 12
    if number.startswith("+"):
        return 8 <= len(number) - 1 <= MAX_DIGITS
    if number.startswith(INFORMATION_PREFIXES):
        return len(number) in (8, 11)
    if number.startswith("0"):
        return len(number) == 10
    if number.startswith("140"):
        return len(number) in (5, 6)
    if number.startswith("116"):
        return len(number) == 6
    return number.startswith("1") and len(number) == 3


def validate_phone_number(value):
    """Refuse anything but a phone number ("bel me maar", "abc <script>") and a number with digits missing or
    too many ("06-1234"), each with a Dutch message that gives examples."""
    if not PHONE_NUMBER.fullmatch((value or "").strip()) or not re.search(r"\d", value):
        raise ValidationError(
            _(
                "Vul een telefoonnummer in met cijfers, bijvoorbeeld 0320 123 456 of +31 6 1234 5678. "
                "Spaties, een + aan het begin, streepjes en haakjes mogen."
            ),
            code="invalid_phone_number",
        )
    number = _digits(value)
    if not _exists(number):
        count = len(number.lstrip("+"))
        raise ValidationError(
            ngettext(
                "Dit nummer heeft %(count)s cijfer. Een Nederlands nummer heeft er 10, zoals 0320 123 456 of "
                "06 1234 5678. Korte nummers kunnen ook, zoals 112, 14 036 of 0800-2000.",
                "Dit nummer heeft %(count)s cijfers. Een Nederlands nummer heeft er 10, zoals 0320 123 456 of "
                "06 1234 5678. Korte nummers kunnen ook, zoals 112, 14 036 of 0800-2000.",
                count,
            )
            % {"count": count},
            code="phone_number_length",
        )


def tel_href(value):
    """The `tel:` link for a written phone number ("tel:+31612345678"), or "" when it holds no digits, so a
    template shows the number as text instead of a link that dials nothing."""
    value = (value or "").strip()
    international = value.startswith("+")
    if international:
        value = value.replace("(0)", "")
    digits = re.sub(r"\D", "", value)
    if not digits:
        return ""
    return f"tel:{'+' if international else ''}{digits}"


# Numbers that reach a service, not a person: the emergency numbers and the police's non-emergency line.
SERVICE_NUMBERS = {"112", "911", "999", "09008844"}
PLACEHOLDER = re.compile(r"(\d)\1{6}")  # seven equal digits in a row: 06-00000000, 088-0000000


def validate_contact_phone(value):
    """A number that reaches one person (the coordinator's): refuse a service number (112, 0900-8844, any
    3-digit short number or 116 line) and a placeholder such as 06-00000000 (seven equal digits in a row),
    with a Dutch message. The site shows this number as the coordinator's in every referral route, so a fake
    one must not pass. What is no phone number at all is left to `validate_phone_number`, so it gets one
    message, not two."""
    if not PHONE_NUMBER.fullmatch((value or "").strip()):
        return
    digits = re.sub(r"\D", "", value or "")
    short = digits.startswith("1") and not digits.startswith("140")
    if digits in SERVICE_NUMBERS or short or PLACEHOLDER.search(digits):
        raise ValidationError(
            _(
                "Dit lijkt geen nummer waarop de coördinator zelf te bereiken is (een alarmnummer of een "
                "voorbeeldnummer). Vul het eigen nummer van de coördinator in, of laat het leeg en vul een "
                "e-mailadres in."
            ),
            code="not_a_contact_phone",
        )
